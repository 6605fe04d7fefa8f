import { graphqlRequest } from '@omsorg/ui';
import { shallowRef, watch } from 'vue';
import { StaffCohortInvitationNotesDocument } from '../../generated/graphql.ts';

type Note = { personId: string; invitationId: string; hearingOrMemoryNoted: boolean };

/** The invitation notes of the cohort page's residents, by person id; read again whenever the page changes. */
export function useHearingNotes(campaignId: () => string, personIds: () => string[]) {
  const notes = shallowRef(new Map<string, Note>());
  watch(
    () => personIds().join(','),
    async () => {
      const ids = personIds();
      if (ids.length === 0) {
        notes.value = new Map();
        return;
      }
      const result = await graphqlRequest(StaffCohortInvitationNotesDocument, { campaignId: campaignId(), personIds: ids }).catch(() => null);
      const list = result?.cohortInvitationNotes.__typename === 'QueryCohortInvitationNotesSuccess' ? result.cohortInvitationNotes.data : [];
      notes.value = new Map(list.map((note) => [note.personId, note]));
    },
    { immediate: true },
  );
  return notes;
}
