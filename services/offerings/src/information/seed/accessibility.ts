import type { PageSeed } from './page-seed.ts';

/** "Tillgänglighetsredogörelse": the portal's accessibility statement (DOS law, WCAG 2.1 AA, DIGG). */
export const accessibilityPage: PageSeed = {
  slug: 'tillganglighet',
  topic: 'ACCESSIBILITY',
  position: 60,
  texts: {
    sv: {
      title: 'Tillgänglighetsredogörelse',
      summary: 'Hur tillgänglig Omsorg är, vad som inte fungerar än, och hur du meddelar oss om du inte kan använda tjänsten.',
      body: `Stockholms stad står bakom Omsorg. Vi vill att alla ska kunna använda tjänsten, oavsett behov. Här beskriver vi hur Omsorg uppfyller lagen om tillgänglighet till digital offentlig service, vad vi vet inte fungerar och hur du meddelar oss om brister.

## Så tillgänglig är tjänsten
Omsorg uppfyller delvis kraven i standarden WCAG 2.1 på nivå AA. Du kan:
- förstora texten och ändra textstorlek under Språk och textstorlek,
- använda tjänsten med tangentbord och skärmläsare,
- läsa tjänsten i 320 pixlars bredd utan att skrolla i sidled,
- välja svenska, lätt svenska, engelska, finska eller arabiska.

## Det här fungerar inte än
- Texter som personalen skriver, till exempel om aktiviteter, finns inte alltid på alla språk. Då visas den svenska texten, och sidan säger det.
- Lätt svenska finns inte för alla sidor. Då visas vanlig svenska.
- Brev som PDF kan vara svåra att läsa med skärmläsare. Be om brevet på papper eller i ett annat format.

## Meddela oss om du inte kan använda något
Om du inte kan använda någon del av Omsorg, eller behöver innehållet i ett annat format, vill vi veta det.
- [Lämna en synpunkt](/synpunkter) och välj ämnet tillgänglighet.
- Ring Stockholms stads kontaktcenter, 08-508 00 508.

## Tillsyn
Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [anmäla det till DIGG](https://www.digg.se).

## Så har vi testat
Vi testar Omsorg med automatiska verktyg och för hand: med tangentbord, med skärmläsare och i smal skärm. Redogörelsen uppdaterades den 5 december 2026.`,
    },
    'sv-x-easy': {
      title: 'Kan alla använda Omsorg?',
      summary: 'Vi vill att alla ska kunna använda Omsorg. Här står vad som inte fungerar än.',
      body: `Vi vill att alla ska kunna använda Omsorg.

## Det här kan du göra
- Göra texten större.
- Använda tangentbordet i stället för musen.
- Få texten uppläst med ett program.
- Läsa på svenska, lätt svenska, engelska, finska eller arabiska.

## Det här fungerar inte än
- Allt finns inte på alla språk. Då står det på svenska.
- Allt finns inte på lätt svenska.
- Brev i PDF kan vara svåra att få upplästa. Be om brevet på papper.

## Säg till om något inte fungerar
- [Skriv till oss](/synpunkter).
- Eller ring 08-508 00 508.

Är du inte nöjd med vårt svar? Då kan du kontakta [DIGG](https://www.digg.se). DIGG är en myndighet som kontrollerar att vi gör rätt.`,
    },
    fi: {
      title: 'Saavutettavuusseloste',
      summary: 'Kuinka saavutettava Omsorg on, mikä ei vielä toimi ja miten ilmoitat meille, jos et voi käyttää palvelua.',
      body: `Omsorg on Tukholman kaupungin palvelu. Haluamme, että kaikki voivat käyttää palvelua tarpeistaan riippumatta. Tässä kerromme, miten Omsorg täyttää digitaalisen julkisen palvelun saavutettavuutta koskevan lain vaatimukset, mitkä puutteet tiedämme ja miten voit ilmoittaa meille puutteista.

## Palvelun saavutettavuus
Omsorg täyttää osittain WCAG 2.1 -standardin AA-tason vaatimukset. Voit:
- suurentaa tekstiä ja muuttaa tekstin kokoa kohdasta Kieli ja tekstin koko,
- käyttää palvelua näppäimistöllä ja ruudunlukijalla,
- lukea palvelua 320 pikselin levyisenä ilman vaakasuuntaista vieritystä,
- valita ruotsin, selkoruotsin, englannin, suomen tai arabian.

## Mikä ei vielä toimi
- Henkilökunnan kirjoittamia tekstejä, esimerkiksi toiminnoista, ei aina ole kaikilla kielillä. Silloin näytetään ruotsinkielinen teksti, ja sivulla kerrotaan siitä.
- Selkoruotsia ei ole kaikilla sivuilla. Silloin näytetään tavallinen ruotsi.
- PDF-kirjeitä voi olla vaikea lukea ruudunlukijalla. Pyydä kirje paperilla tai muussa muodossa.

## Ilmoita meille, jos et voi käyttää jotakin
Jos et voi käyttää jotakin Omsorgin osaa tai tarvitset sisällön toisessa muodossa, haluamme tietää sen.
- [Anna palautetta](/synpunkter) ja valitse aiheeksi saavutettavuus.
- Soita Tukholman kaupungin asiakaspalveluun, puh. 08-508 00 508.

## Valvonta
Ruotsin digitaalisen hallinnon virasto (DIGG) valvoo digitaalisen julkisen palvelun saavutettavuutta koskevaa lakia. Jos et ole tyytyväinen siihen, miten käsittelemme palautettasi, voit [tehdä ilmoituksen DIGG:lle](https://www.digg.se).

## Näin olemme testanneet
Testaamme Omsorgia automaattisilla työkaluilla ja käsin: näppäimistöllä, ruudunlukijalla ja kapealla näytöllä. Seloste päivitettiin 5. joulukuuta 2026.`,
    },
    en: {
      title: 'Accessibility statement',
      summary: 'How accessible Omsorg is, what does not work yet, and how to tell us if you cannot use the service.',
      body: `Omsorg is a service of the City of Stockholm. We want everyone to be able to use it, whatever their needs. Here we describe how Omsorg meets the Swedish Act on Accessibility to Digital Public Services, what we know does not work, and how to tell us about problems.

## How accessible the service is
Omsorg partly meets the requirements of the WCAG 2.1 standard at level AA. You can:
- make the text larger under Language and text size,
- use the service with a keyboard and a screen reader,
- read the service 320 pixels wide without scrolling sideways,
- choose Swedish, plain Swedish, English, Finnish or Arabic.

## What does not work yet
- Texts written by staff, for example about activities, are not always in every language. Then the Swedish text is shown, and the page says so.
- Plain Swedish is not there for every page. Then ordinary Swedish is shown.
- Letters as PDF can be hard to read with a screen reader. Ask for the letter on paper or in another format.

## Tell us if you cannot use something
If you cannot use part of Omsorg, or need the content in another format, we want to know.
- [Give feedback](/synpunkter) and choose the subject accessibility.
- Call the City of Stockholm contact centre on 08-508 00 508.

## Supervision
The Agency for Digital Government (DIGG) supervises the Act on Accessibility to Digital Public Services. If you are not satisfied with how we handle your feedback, you can [report it to DIGG](https://www.digg.se).

## How we tested
We test Omsorg with automated tools and by hand: with a keyboard, with a screen reader and on a narrow screen. This statement was updated on 5 December 2026.`,
    },
    ar: {
      title: 'بيان إمكانية الوصول',
      summary: 'مدى سهولة استخدام Omsorg، وما لا يعمل بعد، وكيف تخبرنا إذا لم تتمكن من استخدام الخدمة.',
      body: `Omsorg خدمة تابعة لمدينة ستوكهولم. نريد أن يتمكن الجميع من استخدامها مهما كانت احتياجاتهم. نوضح هنا كيف تلبي Omsorg قانون إمكانية الوصول إلى الخدمات العامة الرقمية، وما نعرف أنه لا يعمل، وكيف تخبرنا عن المشكلات.

## مدى إمكانية الوصول إلى الخدمة
تلبي Omsorg جزئيًا متطلبات معيار WCAG 2.1 في المستوى AA. يمكنك:
- تكبير النص وتغيير حجمه من قائمة اللغة وحجم النص،
- استخدام الخدمة بلوحة المفاتيح وبقارئ الشاشة،
- قراءة الخدمة بعرض 320 بكسل دون التمرير الأفقي،
- اختيار السويدية أو السويدية المبسطة أو الإنجليزية أو الفنلندية أو العربية.

## ما لا يعمل بعد
- النصوص التي يكتبها الموظفون، مثلًا عن الأنشطة، ليست متوفرة دائمًا بكل اللغات. عندها يظهر النص السويدي، وتذكر الصفحة ذلك.
- السويدية المبسطة غير متوفرة لكل الصفحات. عندها تظهر السويدية العادية.
- قد يصعب قراءة الرسائل بصيغة PDF بقارئ الشاشة. اطلب الرسالة على الورق أو بصيغة أخرى.

## أخبرنا إذا لم تتمكن من استخدام شيء
إذا لم تتمكن من استخدام جزء من Omsorg، أو احتجت إلى المحتوى بصيغة أخرى، نريد أن نعرف ذلك.
- [قدّم ملاحظة](/synpunkter) واختر موضوع إمكانية الوصول.
- اتصل بمركز خدمة مدينة ستوكهولم على الرقم 08-508 00 508.

## الرقابة
تتولى هيئة الإدارة الرقمية (DIGG) الرقابة على قانون إمكانية الوصول إلى الخدمات العامة الرقمية. إذا لم تكن راضيًا عن طريقة تعاملنا مع ملاحظاتك، يمكنك [الإبلاغ إلى DIGG](https://www.digg.se).

## كيف اختبرنا
نختبر Omsorg بأدوات آلية ويدويًا: بلوحة المفاتيح وبقارئ الشاشة وعلى شاشة ضيقة. حُدّث هذا البيان في ٥ ديسمبر ٢٠٢٦.`,
    },
  },
};
