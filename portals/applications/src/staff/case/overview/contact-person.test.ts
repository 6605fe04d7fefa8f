import { describe, expect, it } from 'vitest';
import { anApplication } from '../../testing/fixtures.ts';
import { contactPerson } from './contact-person.ts';

const withWhom = (contactWhom: 'APPLICANT' | 'REPRESENTATIVE' | null, submittedBy = anApplication().submittedBy) => {
  const application = anApplication({ submittedBy });
  return contactPerson({ ...application, answers: { ...application.answers, contactWhom } });
};

describe('whom the caseworker calls', () => {
  it('is the representative who sent it when he gave his own number, named with the person it is for', () => {
    expect(withWhom('REPRESENTATIVE')).toEqual({ key: 'applications.staff.case.overview.contact.whomREPRESENTATIVE', params: { name: 'Erik Andersson', person: 'Signe Andersson' } });
  });

  it('is the person when the number is hers', () => {
    expect(withWhom('APPLICANT')).toEqual({ key: 'applications.staff.case.overview.contact.whomAPPLICANT', params: { name: 'Signe Andersson' } });
  });

  it('is the person who applied for herself, also in applications sent before it was asked', () => {
    expect(withWhom(null, { id: 'p-signe', fullName: 'Signe Andersson' }).key).toBe('applications.staff.case.overview.contact.whomAPPLICANT');
  });

  it('is not guessed when a representative sent it before it was asked: it says who sent it', () => {
    expect(withWhom(null)).toEqual({ key: 'applications.staff.case.overview.contact.whomUnknown', params: { name: 'Erik Andersson' } });
  });
});
