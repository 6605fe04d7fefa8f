import { StaffRole, type NavigationItem } from '@omsorg/ui';
import type { RouteRecordRaw } from 'vue-router';
import { editorMessages } from './messages.ts';

/** The staff editor's pages (docs/OFFERINGS.md "Editor"); the service lets only ACTIVITIES staff in. */
const meta = (titleKey: string) => ({ titleKey, messages: editorMessages });

export const editorRoutes: RouteRecordRaw[] = [
  { path: '/aktiviteter/redigera', name: 'offerings-editor-list', component: () => import('./EditorListPage.vue'), meta: meta('offerings.editor.title') },
  { path: '/aktiviteter/redigera/ny', name: 'offerings-editor-new', component: () => import('./NewOfferingPage.vue'), meta: meta('offerings.editor.new.title') },
  { path: '/aktiviteter/redigera/platser/ny', name: 'offerings-editor-new-venue', component: () => import('./NewVenuePage.vue'), meta: meta('offerings.editor.venue.new.title') },
  { path: '/aktiviteter/redigera/platser/:venueId', name: 'offerings-editor-venue', component: () => import('./VenueEditorPage.vue'), props: true, meta: meta('offerings.editor.title') },
  { path: '/aktiviteter/redigera/:offeringId/forhandsgranska', name: 'offerings-editor-preview', component: () => import('./PreviewPage.vue'), props: true, meta: meta('offerings.editor.preview.title') },
  { path: '/aktiviteter/redigera/:offeringId', name: 'offerings-editor-offering', component: () => import('./OfferingEditorPage.vue'), props: true, meta: meta('offerings.editor.title') },
];

export const editorNavigation: NavigationItem[] = [{ to: '/aktiviteter/redigera', labelKey: 'offerings.editorNav', roles: [StaffRole.Activities] }];
