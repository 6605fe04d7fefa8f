// The staff's handling (docs/FEEDBACK.md, "Handling"): the list, the item, registering and each step.
import './item-fields.ts';
import './case-link.ts';
import './list.ts';
import './reveal.ts';
import './register.ts';
import './handle.ts';
