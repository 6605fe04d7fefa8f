import { defineRemoteModule, StaffRole } from '@omsorg/ui';
import { findMessages, messages } from '../messages.ts';
import { informationEditorMessages } from './information/messages.ts';
import { programmeMessages } from './programme/messages.ts';
import { attendanceMessages } from './attendance/messages.ts';
import { editorNavigation, editorRoutes } from './editor/routes.ts';

/** Staff look venues up in the same list the citizens see. */
export default defineRemoteModule({
  routes: [
    {
      path: '/traffpunkter',
      name: 'offerings-staff-venues',
      component: () => import('../citizen/VenuesPage.vue'),
      meta: { titleKey: 'offerings.venues.title', messages: findMessages },
    },
    // The printable programme (its part of issue 11).
    {
      path: '/aktiviteter/program',
      name: 'offerings-staff-programme',
      component: () => import('./programme/ProgrammePage.vue'),
      meta: { titleKey: 'offerings.nav.programme', messages: programmeMessages },
    },
    {
      path: '/information/redigera',
      name: 'offerings-information-editor',
      component: () => import('./information/InformationEditorListPage.vue'),
      meta: { titleKey: 'offerings.informationEditor.title', messages: informationEditorMessages },
    },
    {
      path: '/information/redigera/:id',
      name: 'offerings-information-editor-page',
      component: () => import('./information/InformationEditorPage.vue'),
      props: true,
      meta: { titleKey: 'offerings.informationEditor.edit.title', messages: informationEditorMessages },
    },
    // Attendance (issue 11): a session's participants, and the monthly report.
    {
      path: '/aktiviteter/deltagare/:sessionId',
      name: 'offerings-staff-attendance',
      component: () => import('./attendance/AttendancePage.vue'),
      meta: { titleKey: 'offerings.attendance.title', messages: attendanceMessages },
    },
    {
      path: '/aktiviteter/narvaro',
      name: 'offerings-staff-attendance-report',
      component: () => import('./attendance/AttendanceReportPage.vue'),
      meta: { titleKey: 'offerings.attendance.reportTitle', messages: attendanceMessages },
    },
    ...editorRoutes,
  ],
  navigation: [
    { to: '/traffpunkter', labelKey: 'offerings.venues.title' },
    ...editorNavigation,
    { to: '/aktiviteter/narvaro', labelKey: 'offerings.nav.attendance', roles: [StaffRole.Activities] },
    { to: '/aktiviteter/program', labelKey: 'offerings.nav.programme', roles: [StaffRole.Activities] },
    { to: '/information/redigera', labelKey: 'offerings.nav.informationEditor', roles: [StaffRole.Activities] },
  ],
  messages,
});
