import { definePage, pageArgs, toPage, type RequestContext } from '@omsorg/platform';
import { Venue } from '../entities/venue.ts';
import { builder } from './builder.ts';

export const VenueRef = builder.loadableObject('Venue', {
  description: 'A meeting place ("träffpunkt") or activity centre for everyone over 65.',
  load: async (ids: string[], context: RequestContext): Promise<(Venue | Error)[]> => {
    const venues = await context.em.find(Venue, { id: { $in: ids } });
    return ids.map((id) => venues.find((venue) => venue.id === id) ?? new Error(`Venue ${id} not found`));
  },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier of the meeting place, also its federation key.' }),
    name: t.exposeString('name', { description: 'The name of the meeting place ("namn"), e.g. Träffpunkt Fruängen.' }),
    streetAddress: t.exposeString('streetAddress', { description: 'Street and number ("gatuadress").' }),
    postalCode: t.exposeString('postalCode', { description: 'Postal code ("postnummer") as printed, e.g. "129 52".' }),
    area: t.exposeString('area', { description: 'The neighbourhood ("stadsdel"), e.g. Fruängen.' }),
    openingHours: t.exposeString('openingHours', { description: 'Opening hours in words ("öppettider"), e.g. "Måndag–fredag 10–16".' }),
    accessibility: t.exposeString('accessibility', {
      description: 'How accessible the place is ("tillgänglighet"): lift, ramp, adapted toilet, hearing loop.',
    }),
    description: t.exposeString('description', { description: 'What happens there ("beskrivning"): activities, meals, company.' }),
  }),
});

builder.asEntity(VenueRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, context) => VenueRef.getDataloader(context).load(ref.id),
});

const VenuePage = definePage(builder, 'Venue', VenueRef);

builder.queryField('venues', (t) =>
  t.field({
    type: VenuePage,
    description: 'Meeting places ("träffpunkter"), ordered by neighbourhood and then name. Open to everyone, signed in or not.',
    authScopes: { public: true },
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const [nodes, totalCount] = await context.em.findAndCount(
        Venue,
        {},
        { orderBy: { area: 'asc', name: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset },
      );
      return toPage(nodes, totalCount, args);
    },
  }),
);
