import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';

/**
 * The citizen side (answering an invitation to a health conversation) is not built yet;
 * the module exists so that the contract is the same for every remote.
 */
export default defineRemoteModule({
  routes: [],
  navigation: [],
  messages,
});
