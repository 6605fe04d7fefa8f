// The yearly user survey's part of the feedback subgraph (docs/FEEDBACK.md, "The user survey").
import './surveys.ts';
import './answer.ts';
import './paper.ts';
import './results.ts';
