import { runService } from '@omsorg/platform';
import { applicationsService } from './service.ts';

await runService(applicationsService);
