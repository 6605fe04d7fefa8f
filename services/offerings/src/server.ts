import { runService } from '@omsorg/platform';
import { offeringsService } from './service.ts';

await runService(offeringsService);
