import type { PageSeed } from './page-seed.ts';

/** "Rätt till äldreomsorg på finska": the law on national minorities in the Finnish administrative area. */
export const finnishRightsPage: PageSeed = {
  slug: 'finska',
  topic: 'FINNISH_RIGHTS',
  position: 20,
  texts: {
    sv: {
      title: 'Rätt till äldreomsorg på finska',
      summary: 'Stockholm ingår i förvaltningsområdet för finska. Du har rätt att använda finska och att få äldreomsorg på finska.',
      body: `Finska är ett nationellt minoritetsspråk i Sverige. Stockholms stad ingår i förvaltningsområdet för finska. Det står i lagen om nationella minoriteter och minoritetsspråk.

## Det här betyder det för dig
- Du får använda finska när du har kontakt med staden, muntligt och skriftligt.
- Du kan få hela eller en stor del av din äldreomsorg av personal som talar finska. Det gäller till exempel hemtjänst och boende.
- Du kan få ditt beslut översatt till finska. Be om det, så skickar vi en skriftlig översättning.
- Du kan be om en biståndshandläggare som talar finska, eller om tolk.

## Så gör du
- Skriv i din ansökan att du vill ha omsorg på finska. I Omsorg väljer du finska som ditt språk. [Ansök här](/ansokan).
- Ring Stockholms stads kontaktcenter, 08-508 00 508, och säg att du vill tala finska.
- Välj Suomi under Språk högst upp på sidan, så visas Omsorg på finska.

## Aktiviteter på finska
På flera träffpunkter finns aktiviteter på finska, till exempel sång, samtalsgrupper och gymnastik. Se [träffpunkterna](/traffpunkter).

Samma rättigheter gäller för meänkieli, samiska, romani chib och jiddisch i de kommuner som ingår i förvaltningsområdet för de språken.`,
    },
    'sv-x-easy': {
      title: 'Äldreomsorg på finska',
      summary: 'Du får prata finska med staden. Du kan få hjälp av personal som pratar finska.',
      body: `Pratar du finska? I Stockholm har du rätt att använda finska.

## Det här får du
- Du får prata och skriva på finska med staden.
- Du kan få hjälp av personal som pratar finska. Till exempel hemtjänst.
- Du kan få ditt beslut på finska. Fråga efter det.
- Du kan få en tolk.

## Så gör du
- Skriv i din ansökan att du vill ha hjälp på finska. [Sök här](/ansokan).
- Eller ring 08-508 00 508. Säg att du vill prata finska.
- Vill du läsa Omsorg på finska? Välj Suomi högst upp på sidan.`,
    },
    fi: {
      title: 'Oikeus suomenkieliseen vanhustenhuoltoon',
      summary: 'Tukholma kuuluu suomen kielen hallintoalueeseen. Sinulla on oikeus käyttää suomea ja saada vanhustenhuoltoa suomeksi.',
      body: `Suomi on Ruotsin kansallinen vähemmistökieli. Tukholman kaupunki kuuluu suomen kielen hallintoalueeseen. Tästä säädetään laissa kansallisista vähemmistöistä ja vähemmistökielistä.

## Mitä tämä tarkoittaa sinulle
- Saat käyttää suomea asioidessasi kaupungin kanssa, sekä suullisesti että kirjallisesti.
- Voit saada koko vanhustenhuoltosi tai merkittävän osan siitä henkilökunnalta, joka puhuu suomea. Tämä koskee esimerkiksi kotipalvelua ja asumista.
- Voit saada päätöksesi käännettynä suomeksi. Pyydä sitä, niin lähetämme kirjallisen käännöksen.
- Voit pyytää suomea puhuvaa avustuskäsittelijää tai tulkkia.

## Näin toimit
- Kirjoita hakemukseesi, että haluat hoivaa suomeksi. Valitse Omsorgissa kieleksi suomi. [Hae tästä](/ansokan).
- Soita Tukholman kaupungin asiakaspalveluun, puh. 08-508 00 508, ja kerro, että haluat puhua suomea.
- Valitse sivun yläosasta kohdasta Kieli vaihtoehto Suomi, niin Omsorg näkyy suomeksi.

## Suomenkielistä toimintaa
Monissa kohtaamispaikoissa on toimintaa suomeksi, esimerkiksi laulua, keskusteluryhmiä ja jumppaa. Katso [kohtaamispaikat](/traffpunkter).

Samat oikeudet koskevat meänkieltä, saamea, romanikieltä ja jiddišiä niissä kunnissa, jotka kuuluvat näiden kielten hallintoalueeseen.`,
    },
    en: {
      title: 'The right to elderly care in Finnish',
      summary: 'Stockholm is part of the Finnish administrative area. You have the right to use Finnish and to receive elderly care in Finnish.',
      body: `Finnish is a national minority language in Sweden. The City of Stockholm is part of the administrative area for Finnish, under the Act on National Minorities and Minority Languages.

## What this means for you
- You may use Finnish in your contact with the city, spoken and written.
- You can receive all or a large part of your elderly care from staff who speak Finnish, for example home care and housing.
- You can have your decision translated into Finnish. Ask for it and we will send you a written translation.
- You can ask for a caseworker who speaks Finnish, or for an interpreter.

## What to do
- Write in your application that you want care in Finnish. In Omsorg, choose Finnish as your language. [Apply here](/ansokan).
- Call the City of Stockholm contact centre on 08-508 00 508 and say that you want to speak Finnish.
- Choose Suomi under Language at the top of the page to see Omsorg in Finnish.

## Activities in Finnish
Several meeting places have activities in Finnish, such as singing, conversation groups and exercise. See [the meeting places](/traffpunkter).

The same rights apply to Meänkieli, Sami, Romani Chib and Yiddish in the municipalities that are part of the administrative area for those languages.`,
    },
    ar: {
      title: 'الحق في رعاية المسنين باللغة الفنلندية',
      summary: 'ستوكهولم جزء من المنطقة الإدارية للغة الفنلندية. لك الحق في استخدام الفنلندية والحصول على رعاية المسنين بها.',
      body: `الفنلندية لغة أقلية قومية في السويد. مدينة ستوكهولم جزء من المنطقة الإدارية للغة الفنلندية، بحسب قانون الأقليات القومية ولغات الأقليات.

## ماذا يعني هذا لك
- يحق لك استخدام الفنلندية في تواصلك مع المدينة، شفهيًا وكتابيًا.
- يمكنك الحصول على رعاية المسنين كلها أو جزء كبير منها من موظفين يتحدثون الفنلندية، مثل الرعاية المنزلية والسكن.
- يمكنك الحصول على ترجمة قرارك إلى الفنلندية. اطلبها وسنرسل لك ترجمة مكتوبة.
- يمكنك أن تطلب موظف مساعدة يتحدث الفنلندية، أو مترجمًا فوريًا.

## ماذا تفعل
- اكتب في طلبك أنك تريد الرعاية باللغة الفنلندية. اختر الفنلندية لغةً لك في Omsorg. [قدّم طلبك هنا](/ansokan).
- اتصل بمركز خدمة مدينة ستوكهولم على الرقم 08-508 00 508 وقل إنك تريد التحدث بالفنلندية.
- اختر Suomi من قائمة اللغة في أعلى الصفحة لترى Omsorg باللغة الفنلندية.

## أنشطة باللغة الفنلندية
في عدة أماكن لقاء توجد أنشطة بالفنلندية، مثل الغناء ومجموعات الحديث والتمارين الرياضية. انظر [أماكن اللقاء](/traffpunkter).

تنطبق الحقوق نفسها على لغات المينكيالي والسامي والروماني واليديشية في البلديات التي تنتمي إلى المنطقة الإدارية لهذه اللغات.`,
    },
  },
};
