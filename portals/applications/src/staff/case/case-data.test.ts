import { describe, expect, it } from 'vitest';
import { anApplication } from '../testing/fixtures.ts';
import { withNeeds } from './case-data.ts';

describe('withNeeds', () => {
  it('gives each requested service the applicant’s own words for its type', () => {
    const application = anApplication({
      requestedServices: [
        { id: 'rs-1', serviceType: 'SAFETY_ALARM', decisions: [] } as never,
        { id: 'rs-2', serviceType: 'ESCORT', decisions: [] } as never,
      ],
    });
    application.answers.services = [{ serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat två gånger' }];
    expect(withNeeds(application)?.requestedServices.map((service) => service.needs)).toEqual(['Jag har ramlat två gånger', '']);
  });
});
