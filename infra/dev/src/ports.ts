/** Where everything listens. Each can be changed by environment variable (see README). */
export type StackPorts = {
  citizen: number;
  staff: number;
  gateway: number;
  idp: number;
  mailWeb: number;
  smtp: number;
  postgres: number;
  identity: number;
  applications: number;
  feedback: number;
  offerings: number;
  outreach: number;
};

export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): StackPorts {
  const port = (name: string, fallback: number) => Number(env[name] ?? fallback);
  return {
    citizen: port('CITIZEN_PORT', 8080),
    staff: port('STAFF_PORT', 8081),
    gateway: port('GATEWAY_PORT', 4000),
    idp: port('DEV_IDP_PORT', 4400),
    mailWeb: port('MAIL_PORT', 4500),
    smtp: port('SMTP_PORT', 4525),
    postgres: port('POSTGRES_PORT', 54329),
    identity: port('IDENTITY_PORT', 4101),
    applications: port('APPLICATIONS_PORT', 4102),
    feedback: port('FEEDBACK_PORT', 4103),
    offerings: port('OFFERINGS_PORT', 4104),
    outreach: port('OUTREACH_PORT', 4105),
  };
}
