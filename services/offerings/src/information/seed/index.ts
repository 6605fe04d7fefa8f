import type { MikroORM } from '@mikro-orm/postgresql';
import { InformationPage } from '../../entities/information-page.ts';
import { accessibilityPage } from './accessibility.ts';
import { complaintsPage } from './complaints.ts';
import { finnishRightsPage } from './finnish-rights.ts';
import { housingPage } from './housing.ts';
import type { PageSeed } from './page-seed.ts';
import { relativesPage } from './relatives.ts';
import { servicesPage } from './services.ts';

/** The six pages of the issue, in Swedish, plain Swedish, Finnish, English and Arabic. */
export const INFORMATION_PAGES: PageSeed[] = [servicesPage, finnishRightsPage, relativesPage, housingPage, complaintsPage, accessibilityPage];

/** Adds the pages that are not there yet, matched by address, published; never touches one an editor changed. Idempotent. */
export async function seedInformationPages(orm: MikroORM, pages: PageSeed[] = INFORMATION_PAGES): Promise<void> {
  const em = orm.em.fork();
  const existing = new Set((await em.find(InformationPage, { slug: { $in: pages.map((page) => page.slug) } })).map((page) => page.slug));
  for (const page of pages) {
    if (!existing.has(page.slug)) em.create(InformationPage, { ...page, status: 'PUBLISHED' });
  }
  await em.flush();
}
