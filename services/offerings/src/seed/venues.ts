/**
 * Meeting places for development and demonstrations in Hägersten-Älvsjö. Invented: the names,
 * addresses and hours are plausible, not the city's official list.
 */
export type VenueSeed = {
  name: string;
  streetAddress: string;
  postalCode: string;
  area: string;
  openingHours: string;
  accessibility: string;
  description: string;
};

export const VENUES: VenueSeed[] = [
  {
    name: 'Träffpunkt Hägersten',
    streetAddress: 'Hägerstensvägen 125',
    postalCode: '126 49',
    area: 'Hägersten',
    openingHours: 'Måndag–fredag 10–16. Stängt helgdagar.',
    accessibility: 'Hiss och ramp. Toalett anpassad för rullstol. Hörselslinga i stora salen.',
    description: 'Kaffe och samtal varje förmiddag, sittgympa på tisdagar och torsdagar, bokcirkel varannan onsdag. Lunch serveras 11.30–13 till självkostnadspris.',
  },
  {
    name: 'Träffpunkt Liseberg',
    streetAddress: 'Lisebergsvägen 8',
    postalCode: '126 37',
    area: 'Liseberg',
    openingHours: 'Måndag–torsdag 9–15, fredag 9–13.',
    accessibility: 'Entré i markplan utan trösklar. Toalett anpassad för rullstol. Parkering för rörelsehindrade vid entrén.',
    description: 'Stickcafé på måndagar, bingo på onsdagar och digital hjälp med mobil och surfplatta på torsdagar. Anhöriggruppen träffas första tisdagen i månaden.',
  },
  {
    name: 'Träffpunkt Fruängen',
    streetAddress: 'Fruängsgången 7',
    postalCode: '129 52',
    area: 'Fruängen',
    openingHours: 'Måndag–fredag 10–16, söndag 12–15.',
    accessibility: 'Hiss från Fruängens centrum. Ramp vid entrén. Hörselslinga i samlingsrummet. Ledsagning från tunnelbanan kan bokas.',
    description: 'Söndagsfika med musik, promenadgrupp onsdagar klockan 10 och föreläsningar om hälsa med Seniorhälsan. Gemensam middag på storhelger.',
  },
  {
    name: 'Mötesplats Västertorp',
    streetAddress: 'Västertorpsvägen 131',
    postalCode: '129 44',
    area: 'Västertorp',
    openingHours: 'Tisdag–fredag 10–15.',
    accessibility: 'Ramp och automatisk dörröppnare. Toalett anpassad för rullstol. Vilstolar i alla rum.',
    description: 'Måleri och keramik med handledare, schack och kortspel. Fixartjänsten har drop-in första fredagen i månaden.',
  },
  {
    name: 'Träffpunkt Midsommarkransen',
    streetAddress: 'Tegelbruksvägen 20',
    postalCode: '126 34',
    area: 'Midsommarkransen',
    openingHours: 'Måndag, onsdag och fredag 10–15.',
    accessibility: 'Två trappsteg vid entrén, ramp finns på baksidan. Toalett anpassad för rullstol. Hörselslinga.',
    description: 'Allsång med pianist på onsdagar, filmvisning på fredagar och samtalsgrupp på finska varannan måndag.',
  },
  {
    name: 'Träffpunkt Aspudden',
    streetAddress: 'Hövdingagatan 22',
    postalCode: '126 52',
    area: 'Aspudden',
    openingHours: 'Måndag–fredag 9.30–15.30.',
    accessibility: 'Hiss och ramp. Toalett anpassad för rullstol. Teckenspråkstolk kan bokas till föreläsningar.',
    description: 'Frukost med tidningsläsning varje morgon, balansträning på måndagar och torsdagar, språkcafé för den som vill öva svenska.',
  },
  {
    name: 'Aktivitetscenter Älvsjö',
    streetAddress: 'Älvsjö gårdsväg 3',
    postalCode: '125 30',
    area: 'Älvsjö',
    openingHours: 'Måndag–fredag 9–16, lördag 11–14.',
    accessibility: 'Allt i ett plan utan trösklar. Två toaletter anpassade för rullstol. Hörselslinga i matsalen.',
    description: 'Lunchservering alla vardagar, dans på lördagar, trädgårdsgrupp på våren och sommaren. Utflykter med Seniorhälsan en gång i månaden.',
  },
  {
    name: 'Träffpunkt Solberga',
    streetAddress: 'Solbergavägen 15',
    postalCode: '125 44',
    area: 'Solberga',
    openingHours: 'Tisdag och torsdag 10–15.',
    accessibility: 'Ramp vid entrén. Toaletten är inte anpassad för rullstol; närmaste anpassade toalett finns i Älvsjö centrum.',
    description: 'Kaffe och samtal, frågesport och sittgympa. Besöksvän kan förmedlas för den som inte kan ta sig hit.',
  },
  {
    name: 'Hägerstensåsens seniorträff',
    streetAddress: 'Sedelvägen 6',
    postalCode: '129 38',
    area: 'Hägerstensåsen',
    openingHours: 'Måndag–torsdag 10–15.',
    accessibility: 'Hiss och ramp. Toalett anpassad för rullstol. Stora skyltar med hög kontrast.',
    description: 'Träningsgrupp för dig med rollator, hälsosamtal med distriktssköterska varannan vecka och läsecirkel. Gemensam lunch på torsdagar.',
  },
];
