/**
 * The staff workspace's GraphQL operations (applications subgraph, with Person and StaffMember
 * fields resolved from identity through federation).
 */

const ERROR_FIELDS = /* GraphQL */ `
      ... on Error {
        message
      }
      ... on ValidationError {
        issues {
          field
          message
        }
      }
      ... on ConflictError {
        currentVersion
      }
`;

const CASE_LINK_FIELDS = /* GraphQL */ `
        id
        reference
        applicant {
          id
          fullName
        }
`;

export const DECISION_FIELDS = /* GraphQL */ `
  fragment StaffDecisionFields on Decision {
    id
    status
    outcome
    hoursPerMonth
    validFrom
    validTo
    motivation
    decidedAt
    notifiedOn
    appealDeadline
    startedOn
    legalProvision {
      id
      code
      law
      citation
      title
    }
    decidedBy {
      id
      name
    }
    proposedBy {
      id
      name
    }
    appeals {
      id
      receivedOn
      channel
      text
      inTime
      status
      forwardedOn
      courtDecidedOn
      courtNote
    }
    order {
      id
      goals
      startOn
      orderedOn
      planDueOn
      planReceivedOn
      planOverdue
      deviationRaisedOn
      provider {
        id
        name
        inHouse
      }
    }
    followUps {
      id
      dueOn
      reason
      completedOn
      outcome
      note
      overdue
    }
  }
`;

const INBOX_APPLICATION_FIELDS = /* GraphQL */ `
        id
        reference
        status
        version
        submittedAt
        createdAt
        urgent
        districtArea
        applicant {
          id
          fullName
          age
          legalGender
          districtArea
        }
        assignee {
          id
          name
        }
        requestedServices {
          id
          serviceType
        }
`;

export const INBOX_QUERY = /* GraphQL */ `
  query StaffInbox($filter: InboxFilter, $offset: Int!, $limit: Int!) {
    inbox(filter: $filter, offset: $offset, limit: $limit) {
      nodes {
        dueOn
        overdue
        application {
          ${INBOX_APPLICATION_FIELDS}
        }
      }
      totalCount
      hasNextPage
      counts {
        submitted
        mine
        unassigned
        urgent
        overdue
        openCallbacks
      }
    }
  }
`;

export const CALLBACK_REQUESTS_QUERY = /* GraphQL */ `
  query StaffCallbackRequests($open: Boolean, $offset: Int!, $limit: Int!) {
    callbackRequests(open: $open, offset: $offset, limit: $limit) {
      nodes {
        id
        phone
        message
        requestedAt
        dueAt
        completedAt
        overdue
        person {
          id
          fullName
          age
        }
        assignee {
          id
          name
        }
      }
      totalCount
      hasNextPage
    }
  }
`;

export const COMPLETE_CALLBACK_MUTATION = /* GraphQL */ `
  mutation StaffCompleteCallback($input: CompleteCallbackInput!) {
    completeCallback(input: $input) {
      __typename
      ... on MutationCompleteCallbackSuccess {
        data {
          id
          completedAt
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const TAKE_APPLICATION_MUTATION = /* GraphQL */ `
  mutation StaffTakeApplication($input: TakeApplicationInput!) {
    takeApplication(input: $input) {
      __typename
      ... on MutationTakeApplicationSuccess {
        data {
          id
          version
          assignee {
            id
            name
          }
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const ASSIGN_APPLICATION_MUTATION = /* GraphQL */ `
  mutation StaffAssignApplication($input: AssignApplicationInput!) {
    assignApplication(input: $input) {
      __typename
      ... on MutationAssignApplicationSuccess {
        data {
          id
          version
          assignee {
            id
            name
          }
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const RECORD_CASE_REVIEW_OUTCOME_MUTATION = /* GraphQL */ `
  mutation StaffRecordCaseReviewOutcome($input: RecordCaseReviewOutcomeInput!) {
    recordCaseReviewOutcome(input: $input) {
      __typename
      ... on MutationRecordCaseReviewOutcomeSuccess {
        data {
          id
          outcome
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

const CASE_REVIEW_ITEM_FIELDS = /* GraphQL */ `
      id
      week
      reason
      outcome
      flaggedBy {
        id
        name
      }
      application {
        ${CASE_LINK_FIELDS}
        requestedServices {
          id
          serviceType
        }
      }
`;

export const CASE_REVIEW_AGENDA_QUERY = /* GraphQL */ `
  query StaffCaseReviewAgenda($week: String) {
    caseReviewAgenda(week: $week) {
      ${CASE_REVIEW_ITEM_FIELDS}
    }
  }
`;

export const DECISION_QUEUE_QUERY = /* GraphQL */ `
  query StaffDecisionQueue {
    decisionQueue {
      ...StaffDecisionFields
      requestedService {
        id
        serviceType
      }
      application {
        ${CASE_LINK_FIELDS}
      }
    }
  }
  ${DECISION_FIELDS}
`;

export const FOLLOW_UPS_DUE_QUERY = /* GraphQL */ `
  query StaffFollowUpsDue($before: String, $offset: Int!, $limit: Int!) {
    followUpsDue(before: $before, offset: $offset, limit: $limit) {
      nodes {
        id
        dueOn
        reason
        completedOn
        outcome
        note
        decision {
          id
          outcome
          validTo
          requestedService {
            id
            serviceType
          }
        }
        application {
          ${CASE_LINK_FIELDS}
        }
      }
      totalCount
      hasNextPage
    }
  }
`;

export const STATISTICS_QUERY = /* GraphQL */ `
  query StaffStatistics($from: String!, $to: String!) {
    statistics(from: $from, to: $to) {
      decisionsPerMonth {
        month
        serviceType
        gender
        granted
        denied
      }
      daysToDecision {
        all {
          count
          median
          p90
        }
        women {
          count
          median
          p90
        }
        men {
          count
          median
          p90
        }
      }
      callbacksWithin48h {
        all
        women
        men
        count
        womenCount
        menCount
      }
      investigationsDescribingAll {
        all
        women
        men
        count
        womenCount
        menCount
      }
    }
  }
`;

export const STATISTICS_CSV_QUERY = /* GraphQL */ `
  query StaffStatisticsCsv($from: String!, $to: String!) {
    statisticsCsv(from: $from, to: $to)
  }
`;

export const NOT_STARTED_REPORT_QUERY = /* GraphQL */ `
  query StaffNotStartedReport($quarter: String!) {
    notStartedReport(quarter: $quarter) {
      decidedOn
      daysWaiting
      application {
        ${CASE_LINK_FIELDS}
      }
      decision {
        id
        outcome
        requestedService {
          id
          serviceType
        }
      }
    }
  }
`;

export const NOT_STARTED_REPORT_CSV_QUERY = /* GraphQL */ `
  query StaffNotStartedReportCsv($quarter: String!) {
    notStartedReportCsv(quarter: $quarter)
  }
`;

export const COLLEAGUES_QUERY = /* GraphQL */ `
  query StaffColleagues {
    colleagues {
      id
      name
    }
  }
`;
