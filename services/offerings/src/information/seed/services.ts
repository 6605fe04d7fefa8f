import type { PageSeed } from './page-seed.ts';

/** "Insatser du kan ansöka om": what one can apply for, how, and what happens next. */
export const servicesPage: PageSeed = {
  slug: 'insatser',
  topic: 'SERVICES',
  position: 10,
  texts: {
    sv: {
      title: 'Insatser du kan ansöka om',
      summary: 'Hjälp hemma, trygghetslarm, dagverksamhet, avlösning och boende. Så ansöker du och så går det till.',
      body: `Om du behöver hjälp i vardagen kan du ansöka om stöd från äldreomsorgen. En biståndshandläggare utreder vad du behöver och fattar beslut.

## Det här kan du ansöka om
- Hemtjänst: hjälp med personlig omvårdnad, till exempel att duscha och klä på dig, och med service som städning, tvätt och inköp.
- Trygghetslarm: ett larm du bär på dig och kan använda om du behöver hjälp snabbt.
- Matdistribution: färdiglagad mat som körs hem till dig.
- Dagverksamhet: en plats att vara på under dagen, med aktiviteter och gemenskap.
- Ledsagning: någon som följer med dig ut, till exempel på promenad eller till ett ärende.
- Avlösning och växelvård: så att en anhörig som hjälper dig kan få vila.
- Korttidsboende: en kortare tid på ett boende, till exempel efter en tid på sjukhus.
- Särskilt boende: vård- och omsorgsboende eller servicehus. Läs mer på sidan [Boende för äldre](/information/boende).

## Det här behöver du inte ansöka om
Träffpunkter, anhöriggrupper, råd och stöd är öppna för alla över 65 år. Du kan gå dit direkt. Se [träffpunkterna](/traffpunkter).

## Så ansöker du
- I Omsorg: [ansök här](/ansokan). Du loggar in med BankID. Du kan också ansöka för någon du företräder.
- Per telefon: ring Stockholms stads kontaktcenter, 08-508 00 508, och be att få prata med Äldre direkt. De hjälper dig vidare till en biståndshandläggare.
- Per brev: skriv till beställarenheten för äldre i din stadsdel. Skriv vad du behöver hjälp med, ditt namn, ditt personnummer och ditt telefonnummer.

Du kan också be en anhörig eller någon annan att ringa eller skriva åt dig.

## Det här händer sedan
1. En biståndshandläggare kontaktar dig. Ni bestämmer en tid för ett samtal, ofta hemma hos dig. Du får gärna ha med dig en anhörig.
2. Behöver du tolk bokar vi en. Det kostar inget.
3. Handläggaren utreder ditt behov och fattar ett beslut för varje insats du har ansökt om.
4. Du får beslutet skriftligt. Där står vad du har fått och vad du inte har fått, och varför.
5. Om du inte håller med om beslutet kan du överklaga det. Hur du gör står i beslutet.

För en del insatser betalar du en avgift. Den beror på din inkomst.`,
    },
    'sv-x-easy': {
      title: 'Hjälp du kan söka',
      summary: 'Du kan få hjälp hemma eller ett boende. Så söker du.',
      body: `Behöver du hjälp hemma? Då kan du söka hjälp från äldreomsorgen.

## Hjälp du kan få
- Hjälp hemma. Till exempel att duscha, städa och handla.
- Ett larm. Du trycker på larmet om du behöver hjälp.
- Mat som kommer hem till dig.
- En plats att vara på på dagen.
- Någon som följer med dig ut.
- Ett boende med personal.

## Så söker du
- På nätet: [sök här](/ansokan). Du behöver BankID.
- På telefon: ring 08-508 00 508. Säg att du vill prata med Äldre direkt.
- Med brev: skriv vad du behöver. Skriv ditt namn, ditt personnummer och ditt telefonnummer.

En anhörig kan ringa åt dig.

## Sedan
En handläggare ringer dig. Hon eller han kommer ofta hem till dig och pratar med dig.
Behöver du tolk? Då får du en tolk. Det är gratis.
Sedan får du ett brev med svar.
Tycker du att svaret är fel? Då kan du överklaga. Det står i brevet hur du gör.

Du kan gå till en träffpunkt utan att söka. Se [träffpunkterna](/traffpunkter).`,
    },
    fi: {
      title: 'Palvelut, joita voit hakea',
      summary: 'Kotipalvelu, turvahälytin, päivätoiminta, omaishoitajan vapaa ja asuminen. Näin haet ja näin asia etenee.',
      body: `Jos tarvitset apua arjessa, voit hakea tukea vanhustenhuollosta. Avustuskäsittelijä selvittää, mitä tarvitset, ja tekee päätöksen.

## Voit hakea esimerkiksi
- Kotipalvelua: apua henkilökohtaisessa hoidossa, kuten peseytymisessä ja pukeutumisessa, sekä siivouksessa, pyykinpesussa ja ostoksissa.
- Turvahälytintä: hälytin, jota pidät mukanasi ja jolla saat nopeasti apua.
- Ateriapalvelua: valmista ruokaa kotiin kuljetettuna.
- Päivätoimintaa: paikka, jossa voit viettää päivää, osallistua toimintaan ja tavata muita.
- Saattajapalvelua: joku lähtee kanssasi ulos, esimerkiksi kävelylle tai asioille.
- Omaishoitajan vapaata ja vuorohoitoa, jotta sinua auttava omainen voi levätä.
- Lyhytaikaista asumista, esimerkiksi sairaalajakson jälkeen.
- Erityisasumista: hoiva- ja hoitokoti tai palvelutalo. Lue lisää sivulta [Asuminen ikääntyneille](/information/boende).

## Näitä sinun ei tarvitse hakea
Kohtaamispaikat, omaisryhmät, neuvonta ja tuki ovat avoimia kaikille yli 65-vuotiaille. Voit mennä suoraan paikan päälle. Katso [kohtaamispaikat](/traffpunkter).

## Näin haet
- Omsorgissa: [hae tästä](/ansokan). Kirjaudut BankID:llä. Voit hakea myös henkilön puolesta, jota edustat.
- Puhelimitse: soita Tukholman kaupungin asiakaspalveluun, puh. 08-508 00 508, ja pyydä Äldre direkt -palvelua. Voit puhua suomea.
- Kirjeellä: kirjoita oman kaupunginosasi vanhustenhuollon tilaajayksikölle. Kerro, mihin tarvitset apua, sekä nimesi, henkilötunnuksesi ja puhelinnumerosi. Voit kirjoittaa suomeksi.

Voit myös pyytää omaista tai jotakuta muuta soittamaan tai kirjoittamaan puolestasi.

## Mitä sitten tapahtuu
1. Avustuskäsittelijä ottaa sinuun yhteyttä. Sovitte ajan keskustelulle, usein kotonasi. Omainen voi olla mukana.
2. Jos tarvitset tulkin, varaamme sen. Se on maksuton. Voit myös pyytää suomenkielistä käsittelijää.
3. Käsittelijä selvittää tarpeesi ja tekee päätöksen jokaisesta palvelusta, jota olet hakenut.
4. Saat päätöksen kirjallisena. Siinä kerrotaan, mitä olet saanut ja mitä et, ja miksi. Voit pyytää päätöksen käännettynä suomeksi.
5. Jos et ole samaa mieltä päätöksestä, voit valittaa siitä. Päätöksessä kerrotaan, miten se tehdään.

Joistakin palveluista maksetaan maksu. Sen suuruus riippuu tuloistasi.`,
    },
    en: {
      title: 'Services you can apply for',
      summary: 'Help at home, a safety alarm, day activities, relief for carers and housing. How to apply and what happens next.',
      body: `If you need help in everyday life, you can apply for support from elderly care. A caseworker looks into what you need and makes a decision.

## You can apply for
- Home care: help with personal care, such as showering and dressing, and with cleaning, laundry and shopping.
- A safety alarm: an alarm you wear and can use when you need help quickly.
- Meals delivered: ready-made food brought to your home.
- Day activities: a place to spend the day, with activities and company.
- An escort: someone who goes out with you, for a walk or an errand.
- Relief and respite care, so that a relative who helps you can rest.
- A short stay in a care home, for example after a time in hospital.
- Special housing: a nursing home or sheltered housing. Read more on the page [Housing for older people](/information/boende).

## You do not need to apply for
Meeting places, relatives' groups, advice and support are open to everyone over 65. You can just go there. See [the meeting places](/traffpunkter).

## How to apply
- In Omsorg: [apply here](/ansokan). You sign in with BankID. You can also apply for someone you represent.
- By phone: call the City of Stockholm contact centre on 08-508 00 508 and ask for Äldre direkt. They will put you in touch with a caseworker.
- By letter: write to the elderly care unit of your district. Say what you need help with, and give your name, personal identity number and phone number.

You can also ask a relative or someone else to call or write for you.

## What happens next
1. A caseworker contacts you. You agree on a time to talk, often in your home. A relative is welcome to join.
2. If you need an interpreter, we book one. It is free of charge.
3. The caseworker looks into your needs and decides on each service you applied for.
4. You get the decision in writing. It says what you were granted and what you were not, and why.
5. If you do not agree with the decision, you can appeal. The decision tells you how.

For some services you pay a fee. It depends on your income.`,
    },
    ar: {
      title: 'الخدمات التي يمكنك التقدم بطلب للحصول عليها',
      summary: 'مساعدة في المنزل، وجهاز إنذار، ونشاط نهاري، وراحة للأقارب، وسكن. كيف تتقدم بالطلب وماذا يحدث بعد ذلك.',
      body: `إذا كنت تحتاج إلى مساعدة في حياتك اليومية، يمكنك التقدم بطلب للحصول على دعم من رعاية المسنين. يدرس موظف المساعدة ما تحتاج إليه ويتخذ قرارًا.

## يمكنك التقدم بطلب للحصول على
- الرعاية المنزلية: مساعدة في العناية الشخصية مثل الاستحمام وارتداء الملابس، وفي التنظيف والغسيل والتسوق.
- جهاز إنذار الأمان: جهاز تحمله معك وتستخدمه عندما تحتاج إلى مساعدة سريعة.
- توصيل الطعام: طعام جاهز يُحضر إلى منزلك.
- النشاط النهاري: مكان تقضي فيه النهار مع أنشطة ورفقة.
- المرافقة: شخص يخرج معك، مثلًا للنزهة أو لقضاء حاجة.
- الراحة والرعاية المتناوبة، لكي يستريح القريب الذي يساعدك.
- الإقامة القصيرة في دار رعاية، مثلًا بعد فترة في المستشفى.
- السكن الخاص: دار رعاية المسنين أو بيت الخدمات. اقرأ المزيد في صفحة [السكن لكبار السن](/information/boende).

## لا تحتاج إلى طلب من أجل
أماكن اللقاء ومجموعات الأقارب والنصيحة والدعم مفتوحة لكل من تجاوز ٦٥ عامًا. يمكنك الذهاب إليها مباشرة. انظر [أماكن اللقاء](/traffpunkter).

## كيف تتقدم بالطلب
- في Omsorg: [قدّم طلبك هنا](/ansokan). تسجل الدخول باستخدام BankID. يمكنك أيضًا التقديم نيابة عن شخص تمثله.
- بالهاتف: اتصل بمركز خدمة مدينة ستوكهولم على الرقم 08-508 00 508 واطلب Äldre direkt. سيوصلونك بموظف المساعدة.
- بالبريد: اكتب إلى وحدة رعاية المسنين في منطقتك. اكتب ما تحتاج إليه، واسمك ورقمك الشخصي ورقم هاتفك.

يمكنك أيضًا أن تطلب من أحد أقاربك أو من شخص آخر أن يتصل أو يكتب نيابة عنك.

## ماذا يحدث بعد ذلك
1. يتصل بك موظف المساعدة. تتفقان على موعد للحديث، غالبًا في منزلك. يمكن لأحد أقاربك أن يحضر.
2. إذا كنت تحتاج إلى مترجم فوري نحجزه لك. هذا مجاني.
3. يدرس الموظف احتياجاتك ويتخذ قرارًا في كل خدمة طلبتها.
4. تحصل على القرار مكتوبًا. يذكر ما حصلت عليه وما لم تحصل عليه، ولماذا.
5. إذا لم توافق على القرار، يمكنك الطعن فيه. يوضح القرار كيف تفعل ذلك.

تدفع رسومًا مقابل بعض الخدمات. تعتمد الرسوم على دخلك.`,
    },
  },
};
