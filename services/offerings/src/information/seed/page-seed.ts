import type { InformationTopic, Translated } from '@omsorg/rules/offerings';
import type { InformationTexts } from '../../entities/information-page.ts';

/** An information page as the development seed writes it: every language, published. */
export type PageSeed = { slug: string; topic: InformationTopic; position: number; texts: Translated<InformationTexts> };
