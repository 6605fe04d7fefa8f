import { INVESTIGATION_TEXT_MAX_LENGTH } from '@omsorg/rules/applications';
import { describe, expect, it } from 'vitest';
import { anApplication } from '../../testing/fixtures.ts';
import { issuesOf } from '../../testing/schema-issues.ts';
import { homeVisitFormFrom, homeVisitSchema, toBookHomeVisitInput } from './home-visit-form.ts';
import { describedCount, investigationFormFrom, lifeAreaFieldId, mergeInvestigation, sameForm, investigationFieldIds, investigationSchema, toSaveInvestigationInput } from './investigation-form.ts';
import { resultOf, screeningFormFrom, screeningSchema, toScreeningInput } from './violence-screening-form.ts';

describe('investigation form', () => {
  it('starts empty for every life area and every requested service', () => {
    const form = investigationFormFrom(anApplication());
    expect(Object.keys(form.lifeAreas)).toEqual(['PERSONAL_CARE', 'HOUSEHOLD', 'MOBILITY', 'SOCIAL_LIFE', 'HEALTH', 'NUTRITION', 'SAFETY']);
    expect(form.serviceDescriptions).toEqual({ 'rs-home': '', 'rs-alarm': '', 'rs-nursing': '' });
    expect(describedCount(form)).toEqual({ described: 0, total: 3 });
  });

  it('fills in what was saved, ignoring descriptions of services no longer requested', () => {
    const form = investigationFormFrom(
      anApplication({
        investigation: {
          lifeAreas: [{ area: 'NUTRITION', needs: 'Äter lite på kvällen', wishes: 'Matlåda', resources: 'Sonen' }],
          serviceDescriptions: [
            { requestedServiceId: 'rs-alarm', serviceType: 'SAFETY_ALARM', text: 'Larm behövs' },
            { requestedServiceId: 'gone', serviceType: 'ESCORT', text: 'x' },
          ],
          assessment: 'Behov finns',
          describesEveryService: false,
          violenceScreeningDone: false,
          homeVisitAt: null,
          homeVisitPlace: null,
          homeVisitInvitedAt: null,
        },
      }),
    );
    expect(form.lifeAreas.NUTRITION).toEqual({ needs: 'Äter lite på kvällen', wishes: 'Matlåda', resources: 'Sonen' });
    expect(form.serviceDescriptions).toEqual({ 'rs-home': '', 'rs-alarm': 'Larm behövs', 'rs-nursing': '' });
    expect(form.assessment).toBe('Behov finns');
    expect(describedCount(form)).toEqual({ described: 1, total: 3 });
  });

  it('sends only what changed, trimmed, with the version', () => {
    const base = investigationFormFrom(anApplication());
    const form = investigationFormFrom(anApplication());
    form.lifeAreas.PERSONAL_CARE.needs = '  Behöver hjälp med dusch ';
    form.serviceDescriptions['rs-home'] = 'Dusch två gånger i veckan';
    const input = toSaveInvestigationInput(form, base, { id: 'app-1', version: 7 });
    expect(input).toEqual({
      applicationId: 'app-1',
      version: 7,
      lifeAreas: [{ area: 'PERSONAL_CARE', needs: 'Behöver hjälp med dusch', wishes: '', resources: '' }],
      serviceDescriptions: [{ requestedServiceId: 'rs-home', text: 'Dusch två gånger i veckan' }],
    });
    form.assessment = ' Beviljas ';
    expect(toSaveInvestigationInput(form, base, { id: 'app-1', version: 7 }).assessment).toBe('Beviljas');
  });

  it('sends a cleared text, so clearing works', () => {
    const base = investigationFormFrom(anApplication());
    base.lifeAreas.HEALTH.needs = 'Diabetes';
    const form = JSON.parse(JSON.stringify(base));
    form.lifeAreas.HEALTH.needs = '';
    expect(toSaveInvestigationInput(form, base, { id: 'a', version: 1 }).lifeAreas).toEqual([{ area: 'HEALTH', needs: '', wishes: '', resources: '' }]);
  });

  it('merges a colleague’s saved text into the fields this user did not touch', () => {
    const base = investigationFormFrom(anApplication());
    const mine = investigationFormFrom(anApplication());
    mine.lifeAreas.NUTRITION.needs = 'Orkar inte laga mat';
    const server = investigationFormFrom(anApplication());
    server.lifeAreas.HOUSEHOLD.needs = 'Städning varannan vecka';
    server.lifeAreas.NUTRITION.needs = 'Kollegans text';
    server.assessment = 'Kollegans bedömning';
    const merged = mergeInvestigation(mine, base, server);
    expect(merged.lifeAreas.HOUSEHOLD.needs).toBe('Städning varannan vecka');
    expect(merged.lifeAreas.NUTRITION.needs).toBe('Orkar inte laga mat');
    expect(merged.assessment).toBe('Kollegans bedömning');
    expect(toSaveInvestigationInput(merged, server, { id: 'a', version: 2 }).lifeAreas?.map((area) => area.area)).toEqual(['NUTRITION']);
  });

  it('refuses texts longer than the service takes, naming the field', () => {
    const form = investigationFormFrom(anApplication());
    form.lifeAreas.HEALTH.wishes = 'x'.repeat(INVESTIGATION_TEXT_MAX_LENGTH + 1);
    form.serviceDescriptions['rs-alarm'] = 'x'.repeat(INVESTIGATION_TEXT_MAX_LENGTH + 1);
    expect(issuesOf(investigationSchema, form)).toEqual([
      ['lifeAreas.HEALTH.wishes', 'validation.tooLong'],
      ['serviceDescriptions.rs-alarm', 'validation.tooLong'],
    ]);
    const ids = investigationFieldIds(['rs-alarm']);
    expect([ids['lifeAreas.HEALTH.wishes'], ids['serviceDescriptions.rs-alarm']]).toEqual([lifeAreaFieldId('HEALTH', 'wishes'), 'investigation-service-rs-alarm']);
  });

  it('notices changes', () => {
    const a = investigationFormFrom(anApplication());
    const b = investigationFormFrom(anApplication());
    expect(sameForm(a, b)).toBe(true);
    b.assessment = 'ny';
    expect(sameForm(a, b)).toBe(false);
  });
});

describe('home visit form', () => {
  it('needs a date from today, a time and a place', () => {
    const schema = homeVisitSchema('2026-11-20');
    expect(issuesOf(schema, { date: '', time: '', place: ' ', sendInvitation: true })).toEqual([
      ['date', 'case.investigation.visit.errors.dateMissing'],
      ['time', 'case.investigation.visit.errors.timeMissing'],
      ['place', 'case.investigation.visit.errors.placeMissing'],
    ]);
    expect(issuesOf(schema, { date: '2026-11-19', time: '10:00', place: 'Hemma', sendInvitation: true })).toEqual([['date', 'case.investigation.visit.errors.datePassed']]);
    expect(issuesOf(schema, { date: '2026-11-20', time: '25:00', place: 'Hemma', sendInvitation: true })).toEqual([['time', 'case.investigation.visit.errors.timeFormat']]);
  });

  it('sends Stockholm time as an instant with the version', () => {
    const checked = homeVisitSchema('2026-11-20').parse({ date: '2026-11-24', time: '10:30', place: ' Hemma hos Signe ', sendInvitation: false });
    expect(toBookHomeVisitInput(checked, { id: 'app-1', version: 3 })).toEqual({
      applicationId: 'app-1',
      version: 3,
      at: '2026-11-24T09:30:00.000Z',
      place: 'Hemma hos Signe',
      sendInvitation: false,
    });
  });

  it('shows a booked visit in Stockholm time', () => {
    const application = anApplication({
      investigation: {
        lifeAreas: [],
        serviceDescriptions: [],
        assessment: '',
        describesEveryService: false,
        violenceScreeningDone: false,
        homeVisitAt: '2026-11-24T09:30:00Z',
        homeVisitPlace: 'Hemma',
        homeVisitInvitedAt: null,
      },
    });
    expect(homeVisitFormFrom(application)).toEqual({ date: '2026-11-24', time: '10:30', place: 'Hemma', sendInvitation: true });
  });
});

describe('violence screening form', () => {
  it('keeps the result as JSON answers and reads it back', () => {
    const input = toScreeningInput(screeningSchema.parse({ method: 'FREDA', result: 'NO_SIGNS', notes: ' ' }), { id: 'app-1', version: 2 });
    expect(input).toEqual({ applicationId: 'app-1', version: 2, method: 'FREDA', answers: '{"result":"NO_SIGNS"}', notes: null });
    expect(resultOf({ answers: input.answers })).toBe('NO_SIGNS');
    expect(screeningFormFrom({ askedOn: '2026-11-20', method: 'REAGERA_S', answers: 'not json', notes: 'n' })).toEqual({ method: 'REAGERA_S', result: '', notes: 'n' });
  });

  it('needs a method and a result', () => {
    expect(issuesOf(screeningSchema, { method: '', result: '', notes: '' })).toEqual([
      ['method', 'case.investigation.screening.errors.method'],
      ['result', 'case.investigation.screening.errors.result'],
    ]);
  });
});
