import type { ProgrammeContent, ProgrammeEntry, ProgrammeVenue } from './content.ts';

/** A month of sessions at three meeting places, for the renderer's tests and a look at the pages. */
export function sampleProgramme(layout: ProgrammeContent['layout'], sessions = 24): ProgrammeContent {
  const venues: ProgrammeVenue[] = [
    { id: 'v1', name: 'Träffpunkt Fruängen', streetAddress: 'Fruängsgången 7', postalCode: '129 52', area: 'Fruängen', phone: '08-508 22 310', stepFree: true, hearingLoop: true, accessibleToilet: true, accessibility: 'Hiss från Fruängens centrum. Ramp vid entrén. Hörselslinga i samlingsrummet.' },
    { id: 'v2', name: 'Träffpunkt Hägersten', streetAddress: 'Hägerstensvägen 125', postalCode: '126 49', area: 'Hägersten', phone: null, stepFree: true, hearingLoop: true, accessibleToilet: true, accessibility: 'Hiss och ramp. Toalett anpassad för rullstol.' },
    { id: 'v3', name: 'Aktivitetscenter Älvsjö', streetAddress: 'Älvsjövägen 30', postalCode: '125 30', area: 'Älvsjö', phone: '08-508 22 330', stepFree: false, hearingLoop: false, accessibleToilet: true, accessibility: 'Tre trappsteg vid entrén, ringklocka för hjälp.' },
  ];
  const titles = ['Sittgympa', 'Bokcirkel', 'Digital hjälp med mobil och surfplatta', 'Stickcafé', 'Julbord med underhållning', 'Dagverksamhet: sång och samtal', 'Promenad runt Trekanten', 'Anhöriggruppen'];
  const entries: ProgrammeEntry[] = Array.from({ length: sessions }, (_, index) => {
    const day = 1 + Math.floor(index / 2) * 2;
    const start = new Date(Date.UTC(2026, 11, Math.min(day, 31), 9 + (index % 2) * 4, index % 2 ? 30 : 0));
    const title = titles[index % titles.length]!;
    return {
      id: `s${index}`,
      venueId: venues[index % 3]!.id,
      startsAt: start,
      endsAt: new Date(start.getTime() + 90 * 60_000),
      title,
      room: index % 4 === 0 ? 'Stora salen' : null,
      price: title.startsWith('Julbord') ? 150 : 0,
      capacity: index % 3 === 2 ? null : 10 + (index % 5) * 5,
      registrationRequired: index % 3 !== 2,
      needsDecision: title.startsWith('Dagverksamhet'),
      language: title === 'Stickcafé' ? 'fi' : 'sv',
    };
  });
  return { district: 'Hägersten-Älvsjö', month: '2026-12', layout, language: 'sv', venues, entries, phone: '08-508 22 000', web: 'omsorg.stockholm.se/aktiviteter', date: '2026-12-05' };
}
