// The staff editor for venues, offerings and sessions (docs/OFFERINGS.md "Editor").
import './editor-types.ts';
import './editor-venues.ts';
import './editor-offerings.ts';
import './editor-sessions.ts';
import './editor-preview.ts';
