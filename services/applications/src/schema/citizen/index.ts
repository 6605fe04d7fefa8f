// The citizen side of the applications subgraph: apply, follow the case, respond, appeal, be called.
import './answers.ts';
import './application-fields.ts';
import './service-catalogue.ts';
import './application-queries.ts';
import './start-application.ts';
import './save-application-draft.ts';
import './submit-application.ts';
import './timeline.ts';
import './investigation-parts.ts';
import './communicated-investigation.ts';
import './decision-letter.ts';
import './opened-by.ts';
import './respond-to-investigation.ts';
import './appeal-decision.ts';
import './callbacks.ts';
