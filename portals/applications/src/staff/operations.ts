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

const DELEGATION_FIELDS = /* GraphQL */ `
      ... on DelegationError {
        requiredRole
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

export const CASE_FIELDS = /* GraphQL */ `
  fragment StaffCaseFields on Application {
    id
    reference
    status
    channel
    version
    createdAt
    submittedAt
    updatedAt
    urgent
    districtArea
    dueOn
    overdue
    applicant {
      id
      fullName
      age
      birthDate
      legalGender
      preferredLanguage
      interpreterNeeded
      districtArea
      representatives {
        id
        kind
        validFrom
        validTo
        documentDate
        representativeName
      }
    }
    submittedBy {
      id
      fullName
    }
    assignee {
      id
      name
    }
    answers {
      services {
        serviceType
        needs
      }
      livesAlone
      helpFromRelatives
      recentHospitalStay
      contactMethod
      phone
      email
      bestTime
      language
      interpreterNeeded
      consentToContactHealthCare
    }
    requestedServices {
      id
      serviceType
      decisions {
        ...StaffDecisionFields
      }
    }
    timeline {
      id
      at
      type
      actor {
        id
        name
      }
      data
    }
    communicatedInvestigation {
      communicatedAt
      responseDueOn
      response
      respondedAt
    }
    investigation {
      lifeAreas {
        area
        needs
        wishes
        resources
      }
      serviceDescriptions {
        requestedServiceId
        serviceType
        text
      }
      assessment
      describesEveryService
      violenceScreeningDone
      homeVisitAt
      homeVisitPlace
      homeVisitInvitedAt
    }
    openedBy(offset: 0, limit: 10) {
      nodes {
        at
        staff {
          id
          name
        }
      }
      totalCount
    }
  }
  ${DECISION_FIELDS}
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

export const SET_URGENT_MUTATION = /* GraphQL */ `
  mutation StaffSetUrgent($input: SetUrgentInput!) {
    setUrgent(input: $input) {
      __typename
      ... on MutationSetUrgentSuccess {
        data {
          id
          version
          urgent
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const STAFF_APPLICATION_QUERY = /* GraphQL */ `
  query StaffApplication($id: ID!) {
    application(id: $id) {
      ...StaffCaseFields
    }
  }
  ${CASE_FIELDS}
`;

/** Asked on its own: only the assigned caseworker and managers may read the answers. */
export const VIOLENCE_SCREENING_QUERY = /* GraphQL */ `
  query StaffViolenceScreening($id: ID!) {
    application(id: $id) {
      id
      investigation {
        violenceScreeningDone
        violenceScreening {
          askedOn
          method
          answers
          notes
        }
      }
    }
  }
`;

export const CASE_SUPPORT_QUERY = /* GraphQL */ `
  query StaffCaseSupport {
    serviceCatalogue {
      type
      needsAssessment
      managerDecides
    }
    legalProvisions {
      id
      code
      law
      citation
      title
      validFrom
      validTo
    }
  }
`;

export const PROVIDERS_QUERY = /* GraphQL */ `
  query StaffProviders($serviceType: ServiceType, $offset: Int!, $limit: Int!) {
    providers(serviceType: $serviceType, offset: $offset, limit: $limit) {
      nodes {
        id
        name
        inHouse
      }
      totalCount
      hasNextPage
    }
  }
`;

function applicationMutation(operationName: string, field: string, inputType: string): string {
  const success = `Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success`;
  return /* GraphQL */ `
  mutation ${operationName}($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${success} {
        data {
          ...StaffCaseFields
        }
      }
      ${ERROR_FIELDS}
    }
  }
  ${CASE_FIELDS}
`;
}

export const SAVE_INVESTIGATION_MUTATION = applicationMutation('StaffSaveInvestigation', 'saveInvestigation', 'SaveInvestigationInput');
export const BOOK_HOME_VISIT_MUTATION = applicationMutation('StaffBookHomeVisit', 'bookHomeVisit', 'BookHomeVisitInput');
export const COMMUNICATE_INVESTIGATION_MUTATION = applicationMutation('StaffCommunicateInvestigation', 'communicateInvestigation', 'CommunicateInvestigationInput');
/** A plain Application result: conflicts and input errors come as GraphQL errors with a code. */
export const RECORD_INVESTIGATION_RESPONSE_MUTATION = /* GraphQL */ `
  mutation StaffRecordInvestigationResponse($input: RecordInvestigationResponseInput!) {
    recordInvestigationResponse(input: $input) {
      __typename
      ... on MutationRecordInvestigationResponseSuccess {
        data {
          ...StaffCaseFields
        }
      }
      ${ERROR_FIELDS}
    }
  }
  ${CASE_FIELDS}
`;
export const SAVE_VIOLENCE_SCREENING_MUTATION = /* GraphQL */ `
  mutation StaffSaveViolenceScreening($input: SaveViolenceScreeningInput!) {
    saveViolenceScreening(input: $input) {
      __typename
      ... on MutationSaveViolenceScreeningSuccess {
        data {
          id
          version
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const FLAG_FOR_CASE_REVIEW_MUTATION = /* GraphQL */ `
  mutation StaffFlagForCaseReview($input: FlagForCaseReviewInput!) {
    flagForCaseReview(input: $input) {
      __typename
      ... on MutationFlagForCaseReviewSuccess {
        data {
          id
          week
          reason
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const DECIDE_MUTATION = /* GraphQL */ `
  mutation StaffDecide($input: DecideInput!) {
    decide(input: $input) {
      __typename
      ... on MutationDecideSuccess {
        data {
          id
          status
          application {
            id
            version
          }
        }
      }
      ${ERROR_FIELDS}
      ${DELEGATION_FIELDS}
    }
  }
`;

export const PROPOSE_DECISION_MUTATION = /* GraphQL */ `
  mutation StaffProposeDecision($input: DecideInput!) {
    proposeDecision(input: $input) {
      __typename
      ... on MutationProposeDecisionSuccess {
        data {
          id
          status
          application {
            id
            version
          }
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

const APPEAL_RESULT = /* GraphQL */ `
        data {
          id
          status
          inTime
        }
`;

export const REGISTER_APPEAL_MUTATION = /* GraphQL */ `
  mutation StaffRegisterAppeal($input: RegisterAppealInput!) {
    registerAppeal(input: $input) {
      __typename
      ... on MutationRegisterAppealSuccess {
        ${APPEAL_RESULT}
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const RECONSIDER_APPEAL_MUTATION = /* GraphQL */ `
  mutation StaffReconsiderAppeal($input: ReconsiderAppealInput!) {
    reconsiderAppeal(input: $input) {
      __typename
      ... on MutationReconsiderAppealSuccess {
        ${APPEAL_RESULT}
      }
      ${ERROR_FIELDS}
      ${DELEGATION_FIELDS}
    }
  }
`;

export const FORWARD_APPEAL_MUTATION = /* GraphQL */ `
  mutation StaffForwardAppeal($input: ForwardAppealInput!) {
    forwardAppeal(input: $input) {
      __typename
      ... on MutationForwardAppealSuccess {
        data {
          id
          status
          forwardedOn
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const RECORD_COURT_OUTCOME_MUTATION = /* GraphQL */ `
  mutation StaffRecordCourtOutcome($input: RecordCourtOutcomeInput!) {
    recordCourtOutcome(input: $input) {
      __typename
      ... on MutationRecordCourtOutcomeSuccess {
        data {
          id
          status
          courtDecidedOn
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const ORDER_SERVICE_MUTATION = /* GraphQL */ `
  mutation StaffOrderService($input: OrderServiceInput!) {
    orderService(input: $input) {
      __typename
      ... on MutationOrderServiceSuccess {
        data {
          id
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const RECORD_IMPLEMENTATION_PLAN_MUTATION = /* GraphQL */ `
  mutation StaffRecordImplementationPlan($input: RecordImplementationPlanInput!) {
    recordImplementationPlan(input: $input) {
      __typename
      ... on MutationRecordImplementationPlanSuccess {
        data {
          id
          planReceivedOn
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const RECORD_SERVICE_START_MUTATION = /* GraphQL */ `
  mutation StaffRecordServiceStart($input: RecordServiceStartInput!) {
    recordServiceStart(input: $input) {
      __typename
      ... on MutationRecordServiceStartSuccess {
        data {
          id
          startedOn
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const COMPLETE_FOLLOW_UP_MUTATION = /* GraphQL */ `
  mutation StaffCompleteFollowUp($input: CompleteFollowUpInput!) {
    completeFollowUp(input: $input) {
      __typename
      ... on MutationCompleteFollowUpSuccess {
        data {
          id
          completedOn
          outcome
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const DECISION_LETTER_QUERY = /* GraphQL */ `
  query StaffDecisionLetter($id: ID!, $recipientName: String) {
    application(id: $id) {
      id
      decisionLetter(recipientName: $recipientName) {
        fileName
        contentBase64
      }
    }
  }
`;

export const INVESTIGATION_LETTER_QUERY = /* GraphQL */ `
  query StaffInvestigationLetter($id: ID!) {
    application(id: $id) {
      id
      investigationLetter {
        fileName
        contentBase64
      }
    }
  }
`;

const REPRESENTATION_RESULT = /* GraphQL */ `
        data {
          id
          kind
          representativeName
          endedAt
        }
`;

export const REGISTER_REPRESENTATION_MUTATION = /* GraphQL */ `
  mutation StaffRegisterRepresentation($input: RegisterRepresentationInput!) {
    registerRepresentation(input: $input) {
      __typename
      ... on MutationRegisterRepresentationSuccess {
        ${REPRESENTATION_RESULT}
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const END_REPRESENTATION_MUTATION = /* GraphQL */ `
  mutation StaffEndRepresentation($input: EndRepresentationInput!) {
    endRepresentation(input: $input) {
      __typename
      ... on MutationEndRepresentationSuccess {
        ${REPRESENTATION_RESULT}
      }
      ${ERROR_FIELDS}
    }
  }
`;
