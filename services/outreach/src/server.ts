import { runService } from '@omsorg/platform';
import { outreachService } from './service.ts';

await runService(outreachService);
