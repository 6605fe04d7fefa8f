import { runService } from '@omsorg/platform';
import { feedbackService } from './service.ts';

await runService(feedbackService);
