import { runService } from '@omsorg/platform';
import { identityService } from './service.ts';

await runService(identityService);
