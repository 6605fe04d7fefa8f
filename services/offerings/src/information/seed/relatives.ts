import type { PageSeed } from './page-seed.ts';

/** "Stöd till anhöriga": the relatives' consultant, relatives' groups, relief. */
export const relativesPage: PageSeed = {
  slug: 'anhoriga',
  topic: 'RELATIVES',
  position: 30,
  texts: {
    sv: {
      title: 'Stöd till anhöriga',
      summary: 'Hjälper du någon som är äldre eller sjuk? Du kan få råd, prata med andra anhöriga och få avlösning.',
      body: `Du som hjälper en närstående som är äldre, sjuk eller har en funktionsnedsättning kan få stöd. Det gäller både dig som bor med personen och dig som bor någon annanstans.

## Anhörigkonsulenten
Anhörigkonsulenten finns för dig som är anhörig. Du kan få samtal, råd och information om vilket stöd som finns. Det kostar inget och du behöver inte ansöka. Anhörigkonsulenten har tystnadsplikt.

Ring Stockholms stads kontaktcenter, 08-508 00 508, och be att få prata med anhörigkonsulenten i din stadsdel.

## Anhöriggrupper
I en anhöriggrupp träffar du andra som är i samma situation. Ni pratar om det som är svårt och det som hjälper. Grupperna leds av anhörigkonsulenten eller annan personal. Du behöver inte ansöka. Anhöriggrupperna finns bland aktiviteterna i Omsorg.

## Avlösning och växelvård
Personen du hjälper kan ansöka om avlösning i hemmet, dagverksamhet eller växelvård. Då får du tid att vila eller göra något annat. Det är insatser som en biståndshandläggare beslutar om. [Ansök här](/ansokan), eller läs om [insatser du kan ansöka om](/information/insatser).`,
    },
    'sv-x-easy': {
      title: 'Hjälp till anhöriga',
      summary: 'Hjälper du någon i din familj? Du kan få stöd.',
      body: `Hjälper du din mamma, pappa, partner eller någon annan? Då är du anhörig. Du kan få stöd.

## Prata med någon
Anhörigkonsulenten kan prata med dig och ge dig råd. Det är gratis. Du behöver inte söka.
Ring 08-508 00 508. Säg att du vill prata med anhörigkonsulenten.

## Träffa andra
I en anhöriggrupp träffar du andra anhöriga. Ni pratar med varandra. Du behöver inte söka.

## Få vila
Den du hjälper kan söka hjälp. Då kan du få vila. [Sök här](/ansokan).`,
    },
    fi: {
      title: 'Tukea omaisille',
      summary: 'Autatko ikääntynyttä tai sairasta läheistäsi? Voit saada neuvoja, tavata muita omaisia ja saada vapaata.',
      body: `Jos autat läheistäsi, joka on ikääntynyt, sairas tai vammainen, voit saada tukea. Tämä koskee sekä sinua, joka asut hänen kanssaan, että sinua, joka asut muualla.

## Omaiskonsulentti
Omaiskonsulentti on sinua varten. Voit saada keskusteluapua, neuvoja ja tietoa tarjolla olevasta tuesta. Se on maksutonta, eikä sitä tarvitse hakea. Omaiskonsulentilla on vaitiolovelvollisuus.

Soita Tukholman kaupungin asiakaspalveluun, puh. 08-508 00 508, ja pyydä saada puhua kaupunginosasi omaiskonsulentin kanssa.

## Omaisryhmät
Omaisryhmässä tapaat muita samassa tilanteessa olevia. Puhutte siitä, mikä on vaikeaa ja mikä auttaa. Ryhmiä vetää omaiskonsulentti tai muu henkilökunta. Ryhmiin ei tarvitse hakea. Omaisryhmät löytyvät Omsorgin toiminnoista.

## Vapaa ja vuorohoito
Henkilö, jota autat, voi hakea kotiin tulevaa lomitusta, päivätoimintaa tai vuorohoitoa. Silloin saat aikaa levätä tai tehdä muuta. Näistä palveluista päättää avustuskäsittelijä. [Hae tästä](/ansokan) tai lue [palveluista, joita voit hakea](/information/insatser).`,
    },
    en: {
      title: 'Support for relatives',
      summary: 'Do you help someone who is older or ill? You can get advice, meet other relatives and get time off.',
      body: `If you help someone close to you who is older, ill or has a disability, you can get support, whether you live with them or somewhere else.

## The relatives' consultant
The relatives' consultant is there for you. You can talk, get advice and learn what support there is. It is free and you do not need to apply. The consultant is bound by confidentiality.

Call the City of Stockholm contact centre on 08-508 00 508 and ask for the relatives' consultant in your district.

## Relatives' groups
In a relatives' group you meet others in the same situation. You talk about what is hard and what helps. The groups are led by the relatives' consultant or other staff. You do not need to apply. The relatives' groups are among the activities in Omsorg.

## Relief and respite care
The person you help can apply for relief at home, day activities or respite care. That gives you time to rest or do something else. A caseworker decides on these services. [Apply here](/ansokan), or read about [services you can apply for](/information/insatser).`,
    },
    ar: {
      title: 'الدعم للأقارب',
      summary: 'هل تساعد شخصًا مسنًا أو مريضًا؟ يمكنك الحصول على النصيحة ولقاء أقارب آخرين والحصول على وقت للراحة.',
      body: `إذا كنت تساعد شخصًا قريبًا منك مسنًا أو مريضًا أو لديه إعاقة، يمكنك الحصول على الدعم، سواء كنت تسكن معه أو في مكان آخر.

## مستشار الأقارب
مستشار الأقارب موجود من أجلك. يمكنك التحدث معه والحصول على النصيحة ومعرفة أنواع الدعم المتاحة. هذا مجاني ولا تحتاج إلى تقديم طلب. المستشار ملزم بالسرية.

اتصل بمركز خدمة مدينة ستوكهولم على الرقم 08-508 00 508 واطلب مستشار الأقارب في منطقتك.

## مجموعات الأقارب
في مجموعة الأقارب تلتقي بأشخاص آخرين في الوضع نفسه. تتحدثون عما هو صعب وعما يساعد. يقود المجموعات مستشار الأقارب أو موظفون آخرون. لا تحتاج إلى تقديم طلب. تجد مجموعات الأقارب بين الأنشطة في Omsorg.

## الراحة والرعاية المتناوبة
يمكن للشخص الذي تساعده أن يتقدم بطلب للحصول على بديل في المنزل أو نشاط نهاري أو رعاية متناوبة. هكذا تحصل على وقت للراحة أو لفعل شيء آخر. يقرر موظف المساعدة في هذه الخدمات. [قدّم طلبك هنا](/ansokan)، أو اقرأ عن [الخدمات التي يمكنك التقدم بطلب للحصول عليها](/information/insatser).`,
    },
  },
};
