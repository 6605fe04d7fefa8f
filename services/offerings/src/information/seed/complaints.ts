import type { PageSeed } from './page-seed.ts';

/** "Så lämnar du synpunkter och klagomål": who may, how, and what happens. */
export const complaintsPage: PageSeed = {
  slug: 'synpunkter-och-klagomal',
  topic: 'COMPLAINTS',
  position: 50,
  texts: {
    sv: {
      title: 'Så lämnar du synpunkter och klagomål',
      summary: 'Är du missnöjd, har du ett förslag eller vill du berömma någon? Berätta för oss. Alla kan lämna synpunkter.',
      body: `Vi vill veta vad du tycker om äldreomsorgen. Det hjälper oss att bli bättre. Alla kan lämna synpunkter: du som får hjälp, du som är anhörig och alla andra. Du kan vara anonym.

## Så lämnar du en synpunkt
- I Omsorg: [lämna en synpunkt här](/synpunkter). Du behöver inte logga in.
- Per telefon: ring Stockholms stads kontaktcenter, 08-508 00 508.
- Per brev: skriv till din stadsdelsförvaltning. Du kan också prata med personalen, så skriver de ner det du säger.

## Det här händer sedan
Vi registrerar din synpunkt och tar reda på vad som har hänt. Om du har lämnat kontaktuppgifter får du ett svar. Vi går igenom alla synpunkter varje månad för att se vad vi kan göra bättre.

## Om du inte är nöjd
Om du inte håller med om ett beslut om bistånd ska du överklaga beslutet. Hur du gör står i beslutet.

Inspektionen för vård och omsorg (IVO) har tillsyn över äldreomsorgen. Du kan kontakta [IVO](https://www.ivo.se) om du tycker att något allvarligt är fel.`,
    },
    'sv-x-easy': {
      title: 'Säg vad du tycker',
      summary: 'Är du inte nöjd? Eller vill du säga att något är bra? Berätta för oss.',
      body: `Vi vill veta vad du tycker. Alla får säga vad de tycker. Du behöver inte säga ditt namn.

## Så gör du
- På nätet: [skriv här](/synpunkter).
- På telefon: ring 08-508 00 508.
- Prata med personalen. De skriver ner det du säger.

## Sedan
Vi läser det du skriver. Vill du ha svar? Skriv hur vi når dig. Då svarar vi dig.`,
    },
    fi: {
      title: 'Näin annat palautetta ja teet valituksen',
      summary: 'Oletko tyytymätön, onko sinulla ehdotus tai haluatko kiittää jotakuta? Kerro meille. Kuka tahansa voi antaa palautetta.',
      body: `Haluamme tietää, mitä ajattelet vanhustenhuollosta. Se auttaa meitä parantamaan toimintaa. Kuka tahansa voi antaa palautetta: sinä, joka saat apua, sinä, joka olet omainen, ja kaikki muut. Voit antaa palautetta nimettömänä.

## Näin annat palautetta
- Omsorgissa: [anna palautetta tästä](/synpunkter). Sinun ei tarvitse kirjautua.
- Puhelimitse: soita Tukholman kaupungin asiakaspalveluun, puh. 08-508 00 508. Voit puhua suomea.
- Kirjeellä: kirjoita kaupunginosahallintoosi. Voit myös kertoa palautteesi henkilökunnalle, joka kirjaa sen.

## Mitä sitten tapahtuu
Kirjaamme palautteesi ja selvitämme, mitä on tapahtunut. Jos olet jättänyt yhteystietosi, saat vastauksen. Käymme kaikki palautteet läpi joka kuukausi nähdäksemme, mitä voimme parantaa.

## Jos et ole tyytyväinen
Jos et ole samaa mieltä avustuspäätöksestä, voit valittaa päätöksestä. Päätöksessä kerrotaan, miten se tehdään.

Vanhustenhuoltoa valvoo Inspektionen för vård och omsorg (IVO). Voit ottaa yhteyttä [IVO:on](https://www.ivo.se), jos mielestäsi jokin on vakavasti vialla.`,
    },
    en: {
      title: 'How to give feedback and make a complaint',
      summary: 'Are you unhappy, do you have a suggestion, or do you want to praise someone? Tell us. Anyone can give feedback.',
      body: `We want to know what you think of elderly care. It helps us do better. Anyone can give feedback: you who get help, you who are a relative, and everyone else. You can stay anonymous.

## How to give feedback
- In Omsorg: [give feedback here](/synpunkter). You do not need to sign in.
- By phone: call the City of Stockholm contact centre on 08-508 00 508.
- By letter: write to your district administration. You can also tell the staff, and they will write down what you say.

## What happens next
We register your feedback and find out what happened. If you left your contact details, you get an answer. We go through all feedback every month to see what we can do better.

## If you are not satisfied
If you do not agree with a decision on care, you should appeal the decision. The decision tells you how.

The Health and Social Care Inspectorate (IVO) supervises elderly care. You can contact [IVO](https://www.ivo.se) if you think something is seriously wrong.`,
    },
    ar: {
      title: 'كيف تقدم ملاحظاتك وشكاواك',
      summary: 'هل أنت غير راضٍ، أو لديك اقتراح، أو تريد أن تشكر أحدًا؟ أخبرنا. يمكن لأي شخص تقديم الملاحظات.',
      body: `نريد أن نعرف رأيك في رعاية المسنين. هذا يساعدنا على التحسن. يمكن لأي شخص تقديم الملاحظات: أنت الذي تحصل على المساعدة، وأنت القريب، وكل شخص آخر. يمكنك أن تبقى مجهول الهوية.

## كيف تقدم ملاحظة
- في Omsorg: [قدّم ملاحظتك هنا](/synpunkter). لا تحتاج إلى تسجيل الدخول.
- بالهاتف: اتصل بمركز خدمة مدينة ستوكهولم على الرقم 08-508 00 508.
- بالبريد: اكتب إلى إدارة منطقتك. يمكنك أيضًا أن تخبر الموظفين وهم يكتبون ما تقوله.

## ماذا يحدث بعد ذلك
نسجل ملاحظتك ونتحقق مما حدث. إذا تركت بيانات الاتصال بك، تحصل على رد. نراجع كل الملاحظات كل شهر لنرى ما يمكننا تحسينه.

## إذا لم تكن راضيًا
إذا لم توافق على قرار بشأن المساعدة، يجب أن تطعن في القرار. يوضح القرار كيف تفعل ذلك.

تتولى هيئة التفتيش على الرعاية الصحية والاجتماعية (IVO) الرقابة على رعاية المسنين. يمكنك التواصل مع [IVO](https://www.ivo.se) إذا رأيت أن هناك خطأً جسيمًا.`,
    },
  },
};
