import type { PageSeed } from './page-seed.ts';

/** "Boende för äldre": special housing (assessed) and housing without an assessment. */
export const housingPage: PageSeed = {
  slug: 'boende',
  topic: 'HOUSING',
  position: 40,
  texts: {
    sv: {
      title: 'Boende för äldre',
      summary: 'Vård- och omsorgsboende och servicehus söker du hos äldreomsorgen. Seniorboende och trygghetsboende söker du själv, utan beslut.',
      body: `Det finns två sorters boenden för äldre: särskilt boende, som du ansöker om hos äldreomsorgen, och boenden som du kan flytta till utan beslut.

## Särskilt boende: du ansöker och får ett beslut
- Vård- och omsorgsboende: för dig som behöver omsorg och tillsyn dygnet runt. Personal finns alltid nära.
- Servicehus: en egen lägenhet i ett hus där personal finns och kan hjälpa dig.
- Korttidsboende: en kortare tid, till exempel efter en tid på sjukhus eller för att din anhöriga ska få vila.

En biståndshandläggare utreder ditt behov och fattar beslut. Om du får ett beslut kan du önska vilket boende du vill bo på. Du betalar hyra och en avgift för omsorgen som beror på din inkomst.

[Ansök här](/ansokan), eller läs om [hur det går till](/information/insatser).

## Boende utan beslut: du söker själv
- Seniorboende: vanliga lägenheter för äldre, ofta med gemensamma lokaler.
- Trygghetsboende: lägenheter för äldre med gemensamma lokaler och en värd eller personal som finns på plats en del av dagen. Där kan du äta tillsammans med andra och vara med i aktiviteter.

Du behöver inget beslut. Du ställer dig i kö hos bostadsförmedlingen. Det finns en lägsta ålder. Läs mer hos [Bostadsförmedlingen i Stockholm](https://bostad.stockholm.se).

I båda sorterna bor du i din egen lägenhet och kan få hemtjänst om du behöver.`,
    },
    'sv-x-easy': {
      title: 'Att bo när man blir äldre',
      summary: 'Du kan söka ett boende med personal. Eller flytta till en lägenhet för äldre.',
      body: `## Boende med personal
Behöver du mycket hjälp? Då kan du söka ett boende med personal. Personalen hjälper dig dag och natt.
En handläggare pratar med dig. Sedan får du ett svar.
[Sök här](/ansokan).

## Lägenhet för äldre
Det finns lägenheter för äldre. Några har ett rum där man kan träffas och äta tillsammans.
Du behöver inte söka hos äldreomsorgen. Du ställer dig i kö hos [Bostadsförmedlingen](https://bostad.stockholm.se).

Du kan få hjälp hemma i alla lägenheter.`,
    },
    fi: {
      title: 'Asuminen ikääntyneille',
      summary: 'Hoiva- ja hoitokotia sekä palvelutaloa haetaan vanhustenhuollosta. Senioriasuntoa ja turva-asuntoa haet itse ilman päätöstä.',
      body: `Ikääntyneille on kahdenlaisia asumismuotoja: erityisasuminen, jota haetaan vanhustenhuollosta, ja asunnot, joihin voit muuttaa ilman päätöstä.

## Erityisasuminen: haet ja saat päätöksen
- Hoiva- ja hoitokoti: sinulle, joka tarvitset hoivaa ja valvontaa ympäri vuorokauden. Henkilökunta on aina lähellä.
- Palvelutalo: oma asunto talossa, jossa on henkilökuntaa auttamassa.
- Lyhytaikainen asuminen: lyhyeksi ajaksi, esimerkiksi sairaalajakson jälkeen tai jotta omaisesi voi levätä.

Avustuskäsittelijä selvittää tarpeesi ja tekee päätöksen. Jos saat myönteisen päätöksen, voit toivoa, missä haluat asua. Voit toivoa suomenkielistä hoiva- ja hoitokotia tai osastoa. Maksat vuokraa ja hoivasta maksun, joka riippuu tuloistasi.

[Hae tästä](/ansokan) tai lue, [miten hakeminen etenee](/information/insatser).

## Asuminen ilman päätöstä: haet itse
- Senioriasunto: tavallisia asuntoja ikääntyneille, usein yhteisillä tiloilla.
- Turva-asunto: asuntoja ikääntyneille, joissa on yhteisiä tiloja ja isäntä tai henkilökuntaa paikalla osan päivästä. Siellä voit syödä yhdessä muiden kanssa ja osallistua toimintaan.

Et tarvitse päätöstä. Asetut jonoon asunnonvälityksessä. Asuntoihin on alaikäraja. Lue lisää [Tukholman asunnonvälityksen](https://bostad.stockholm.se) sivuilta.

Molemmissa asut omassa asunnossasi ja voit saada kotipalvelua, jos tarvitset.`,
    },
    en: {
      title: 'Housing for older people',
      summary: 'You apply to elderly care for a nursing home or sheltered housing. Senior and supported housing you apply for yourself, without a decision.',
      body: `There are two kinds of housing for older people: special housing, which you apply for through elderly care, and housing you can move to without a decision.

## Special housing: you apply and get a decision
- Nursing home ("vård- och omsorgsboende"): for you who need care and supervision around the clock. Staff are always close by.
- Sheltered housing ("servicehus"): your own flat in a building where staff are there to help you.
- Short-term stay: for a short time, for example after a time in hospital or so that your relative can rest.

A caseworker looks into your needs and makes a decision. If you are granted a place, you can say which home you would like to live in. You pay rent and a care fee that depends on your income.

[Apply here](/ansokan), or read [how it works](/information/insatser).

## Housing without a decision: you apply yourself
- Senior housing ("seniorboende"): ordinary flats for older people, often with shared rooms.
- Supported housing ("trygghetsboende"): flats for older people with shared rooms and a host or staff on site part of the day. You can eat with others and join activities.

You do not need a decision. You join the queue at the housing agency. There is a minimum age. Read more at [the Stockholm housing agency](https://bostad.stockholm.se).

In both kinds you live in your own flat and can get home care if you need it.`,
    },
    ar: {
      title: 'السكن لكبار السن',
      summary: 'تتقدم بطلب دار رعاية المسنين أو بيت الخدمات لدى رعاية المسنين. أما سكن كبار السن والسكن الآمن فتتقدم له بنفسك دون قرار.',
      body: `هناك نوعان من السكن لكبار السن: السكن الخاص الذي تتقدم بطلبه لدى رعاية المسنين، والسكن الذي يمكنك الانتقال إليه دون قرار.

## السكن الخاص: تتقدم بطلب وتحصل على قرار
- دار رعاية المسنين: لمن يحتاج إلى رعاية وإشراف على مدار الساعة. الموظفون قريبون دائمًا.
- بيت الخدمات: شقة خاصة بك في مبنى يوجد فيه موظفون لمساعدتك.
- الإقامة القصيرة: لفترة قصيرة، مثلًا بعد فترة في المستشفى أو لكي يستريح قريبك.

يدرس موظف المساعدة احتياجاتك ويتخذ قرارًا. إذا حصلت على مكان، يمكنك أن تذكر الدار التي تفضل السكن فيها. تدفع الإيجار ورسومًا للرعاية تعتمد على دخلك.

[قدّم طلبك هنا](/ansokan)، أو اقرأ [كيف تسير الأمور](/information/insatser).

## السكن دون قرار: تتقدم بنفسك
- سكن كبار السن: شقق عادية لكبار السن، غالبًا مع غرف مشتركة.
- السكن الآمن: شقق لكبار السن مع غرف مشتركة ومضيف أو موظفين موجودين جزءًا من اليوم. يمكنك أن تأكل مع الآخرين وتشارك في الأنشطة.

لا تحتاج إلى قرار. تسجل نفسك في طابور مكتب توزيع السكن. هناك حد أدنى للعمر. اقرأ المزيد لدى [مكتب توزيع السكن في ستوكهولم](https://bostad.stockholm.se).

في كلا النوعين تسكن في شقتك الخاصة ويمكنك الحصول على الرعاية المنزلية إذا احتجت إليها.`,
    },
  },
};
