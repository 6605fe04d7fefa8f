// A remote's staff entry without styles (federation.test.ts).
import { defineRemoteModule } from '@omsorg/ui';

const none = async () => ({});

export default defineRemoteModule({ routes: [], navigation: [], messages: { sv: none, en: none, fi: none, ar: none } });
