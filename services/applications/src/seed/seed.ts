import type { MikroORM } from '@mikro-orm/postgresql';
import { SERVICE_TYPES, type ServiceType } from '../domain/service-types.ts';
import { LegalProvision } from '../entities/legal-provision.ts';
import { Provider } from '../entities/provider.ts';

type ProvisionSeed = {
  code: string;
  law: 'SOL' | 'LSS';
  citation: string;
  title: string;
  validFrom: string;
  validTo: string | null;
  serviceTypes: readonly ServiceType[];
  defaultFor: readonly ServiceType[];
};

/** Every service type here is applied for under the Social Services Act; LSS offers only its look-alikes. */
const ALL_SERVICES = SERVICE_TYPES;
type ProviderSeed = { name: string; inHouse: boolean; serviceTypes: ServiceType[]; areas: string[]; languages: string[]; profile: string; contactEmail: string | null };

/*
 * Starting data only: staff maintain this table (legal references are data, never constants).
 * The Social Services Act (2001:453) was replaced by socialtjänstlag (2025:400) on 1 July 2025.
 * A letter cites chapter and paragraph ("4 kap. 1 § socialtjänstlagen (2025:400)", the
 * citation issue 8 gives for bistånd till livsföring i övrigt); staff check every citation
 * against the statute book and correct it here and in the table. LSS paragraphs are offered
 * only for the services LSS also knows (ledsagning, avlösning, korttidsvistelse), never for
 * home care; the usual basis of every service is the new act's bistånd (defaultFor).
 */
export const LEGAL_PROVISIONS: readonly ProvisionSeed[] = [
  { code: 'SOL_4_1', law: 'SOL', citation: '4 kap. 1 § socialtjänstlagen (2001:453)', title: 'Bistånd till livsföring i övrigt', validFrom: '2002-01-01', validTo: '2025-06-30', serviceTypes: ALL_SERVICES, defaultFor: [] },
  { code: 'SOL_4_2', law: 'SOL', citation: '4 kap. 2 § socialtjänstlagen (2001:453)', title: 'Bistånd utöver rätten till bistånd', validFrom: '2002-01-01', validTo: '2025-06-30', serviceTypes: ALL_SERVICES, defaultFor: [] },
  {
    code: 'SOL2025_LIVSFORING',
    law: 'SOL',
    citation: '4 kap. 1 § socialtjänstlagen (2025:400)',
    title: 'Bistånd till livsföring i övrigt',
    validFrom: '2025-07-01',
    validTo: null,
    serviceTypes: ALL_SERVICES,
    defaultFor: ALL_SERVICES,
  },
  { code: 'SOL2025_UTAN_BEHOVSBEDOMNING', law: 'SOL', citation: 'socialtjänstlag (2025:400)', title: 'Insats utan individuell behovsbedömning', validFrom: '2025-07-01', validTo: null, serviceTypes: [], defaultFor: [] },
  { code: 'LSS_9_3', law: 'LSS', citation: '9 § 3 lagen (1993:387) om stöd och service till vissa funktionshindrade', title: 'Ledsagarservice', validFrom: '1994-01-01', validTo: null, serviceTypes: ['ESCORT'], defaultFor: [] },
  { code: 'LSS_9_4', law: 'LSS', citation: '9 § 4 lagen (1993:387) om stöd och service till vissa funktionshindrade', title: 'Biträde av kontaktperson', validFrom: '1994-01-01', validTo: null, serviceTypes: [], defaultFor: [] },
  { code: 'LSS_9_5', law: 'LSS', citation: '9 § 5 lagen (1993:387) om stöd och service till vissa funktionshindrade', title: 'Avlösarservice i hemmet', validFrom: '1994-01-01', validTo: null, serviceTypes: ['CARER_RELIEF'], defaultFor: [] },
  { code: 'LSS_9_6', law: 'LSS', citation: '9 § 6 lagen (1993:387) om stöd och service till vissa funktionshindrade', title: 'Korttidsvistelse utanför det egna hemmet', validFrom: '1994-01-01', validTo: null, serviceTypes: ['SHORT_TERM_STAY'], defaultFor: [] },
  { code: 'LSS_9_9', law: 'LSS', citation: '9 § 9 lagen (1993:387) om stöd och service till vissa funktionshindrade', title: 'Bostad med särskild service för vuxna', validFrom: '1994-01-01', validTo: null, serviceTypes: [], defaultFor: [] },
];

/** The parts of Hägersten-Älvsjö stadsdelsområde, where the development unit works. */
const HAGERSTEN_ALVSJO = ['Hägersten', 'Västertorp', 'Fruängen', 'Liseberg', 'Midsommarkransen', 'Älvsjö', 'Solberga'];

/** Development providers; the private ones have invented names and addresses that go nowhere. */
export const PROVIDERS: readonly ProviderSeed[] = [
  {
    name: 'Hemtjänst Hägersten-Älvsjö (egen regi)',
    inHouse: true,
    serviceTypes: ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE', 'ESCORT', 'CARER_RELIEF', 'HOUSING_SUPPORT'],
    areas: HAGERSTEN_ALVSJO,
    languages: ['sv', 'en'],
    profile: 'Stadens egen hemtjänst i hela Hägersten-Älvsjö. Samma lilla grupp personal kommer till dig, dygnet runt.',
    contactEmail: 'hemtjanst.hagersten-alvsjo@omsorg.localhost',
  },
  {
    name: 'Omsorgsgruppen Söderljus AB',
    inHouse: false,
    serviceTypes: ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE', 'ESCORT'],
    areas: ['Hägersten', 'Västertorp', 'Midsommarkransen', 'Liseberg'],
    languages: ['sv', 'ar', 'en'],
    profile: 'Liten hemtjänst med kontor vid Västertorps tunnelbana. Flera i personalen talar arabiska.',
    contactEmail: 'order@soderljus.example',
  },
  {
    name: 'Hemhjälpen Mälarglimt AB',
    inHouse: false,
    serviceTypes: ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE', 'CARER_RELIEF'],
    areas: ['Älvsjö', 'Solberga', 'Fruängen'],
    languages: ['sv'],
    profile: 'Hemtjänst och avlösning i södra delen av området. Vi har personal med utbildning i demensvård.',
    contactEmail: 'bestallning@malarglimt.example',
  },
  {
    name: 'Kotihoiva Tukholma AB',
    inHouse: false,
    serviceTypes: ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE'],
    areas: HAGERSTEN_ALVSJO,
    languages: ['fi', 'sv'],
    profile: 'Finskspråkig hemtjänst för dig som vill ha hjälp på finska. Suomenkielistä kotipalvelua.',
    contactEmail: 'tilaukset@kotihoiva.example',
  },
  {
    name: 'Hemtjänst Kungsholmen Nära AB',
    inHouse: false,
    serviceTypes: ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE'],
    areas: ['Kungsholmen', 'Norrmalm', 'Vasastaden'],
    languages: ['sv', 'en'],
    profile: 'Hemtjänst i innerstaden, på Kungsholmen, Norrmalm och i Vasastaden.',
    contactEmail: 'order@kungsholmennara.example',
  },
  {
    name: 'Trygghetslarm Nordvakt AB',
    inHouse: false,
    serviceTypes: ['SAFETY_ALARM'],
    areas: HAGERSTEN_ALVSJO,
    languages: ['sv', 'en', 'fi'],
    profile: 'Installerar larmet inom tre vardagar. Larmcentralen svarar dygnet runt.',
    contactEmail: 'larm@nordvakt.example',
  },
  {
    name: 'Matlådan Hägersten AB',
    inHouse: false,
    serviceTypes: ['MEAL_DELIVERY'],
    areas: HAGERSTEN_ALVSJO,
    languages: ['sv'],
    profile: 'Lagad mat som körs hem kylda två gånger i veckan. Specialkost efter behov.',
    contactEmail: 'order@matladan.example',
  },
  {
    name: 'Dagverksamheten Lönnen (egen regi)',
    inHouse: true,
    serviceTypes: ['DAY_ACTIVITY'],
    areas: HAGERSTEN_ALVSJO,
    languages: ['sv'],
    profile: 'Dagverksamhet i Hägersten vardagar 9–15, med lunch och aktiviteter.',
    contactEmail: null,
  },
  {
    name: 'Vård- och omsorgsboende Solbacka',
    inHouse: true,
    serviceTypes: ['NURSING_HOME', 'SHORT_TERM_STAY'],
    areas: HAGERSTEN_ALVSJO,
    languages: ['sv', 'fi'],
    profile: 'Boende med 60 lägenheter i Fruängen. En avdelning är finskspråkig.',
    contactEmail: 'solbacka@omsorg.localhost',
  },
  {
    name: 'Servicehuset Ekliden (egen regi)',
    inHouse: true,
    serviceTypes: ['SERVICE_FLAT'],
    areas: HAGERSTEN_ALVSJO,
    languages: ['sv'],
    profile: 'Servicehus i Älvsjö med restaurang och personal dygnet runt.',
    contactEmail: null,
  },
];

/** Adds the legal provisions and providers that are not there yet; never changes staff edits. Idempotent. */
export async function seedApplications(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  const codes = new Set((await em.find(LegalProvision, { code: { $in: LEGAL_PROVISIONS.map((provision) => provision.code) } })).map((provision) => provision.code));
  for (const provision of LEGAL_PROVISIONS) {
    if (!codes.has(provision.code)) em.create(LegalProvision, { ...provision, serviceTypes: [...provision.serviceTypes], defaultFor: [...provision.defaultFor] });
  }
  const stored = new Map((await em.find(Provider, { name: { $in: PROVIDERS.map((provider) => provider.name) } })).map((provider) => [provider.name, provider]));
  for (const seed of PROVIDERS) {
    const provider = stored.get(seed.name);
    const copy = { ...seed, serviceTypes: [...seed.serviceTypes], areas: [...seed.areas], languages: [...seed.languages] };
    if (!provider) em.create(Provider, copy);
    // A provider seeded before areas existed serves nowhere until given its seed's areas and profile.
    else if (provider.areas.length === 0) Object.assign(provider, { areas: copy.areas, languages: copy.languages, profile: copy.profile });
  }
  await em.flush();
}
