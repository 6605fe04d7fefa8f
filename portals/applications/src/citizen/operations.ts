/** The citizen pages' GraphQL operations (applications subgraph, through the gateway). */

const DRAFT_FIELDS = /* GraphQL */ `
  fragment DraftFields on Application {
    id
    reference
    status
    version
    draftStep
    submittedAt
    applicant {
      id
      fullName
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
  }
`;

const VALIDATION_ERROR_FIELDS = /* GraphQL */ `
  fragment ValidationErrorFields on ValidationError {
    message
    issues {
      field
      message
    }
  }
`;

export const MY_APPLICATIONS_QUERY = /* GraphQL */ `
  query MyApplications($offset: Int!, $limit: Int!) {
    myApplications(offset: $offset, limit: $limit) {
      nodes {
        id
        reference
        status
        createdAt
        submittedAt
        draftStep
        applicant {
          id
          fullName
        }
        requestedServices {
          id
          serviceType
        }
        answers {
          services {
            serviceType
          }
        }
      }
      totalCount
      hasNextPage
    }
  }
`;

export const APPLICATION_DRAFT_QUERY = /* GraphQL */ `
  query ApplicationDraft($id: ID!) {
    application(id: $id) {
      ...DraftFields
    }
  }
  ${DRAFT_FIELDS}
`;

export const START_APPLICATION_MUTATION = /* GraphQL */ `
  mutation StartApplication($input: StartApplicationInput!) {
    startApplication(input: $input) {
      __typename
      ... on MutationStartApplicationSuccess {
        data {
          ...DraftFields
        }
      }
      ... on RateLimitError {
        message
        retryAfterSeconds
      }
    }
  }
  ${DRAFT_FIELDS}
`;

export const SAVE_APPLICATION_DRAFT_MUTATION = /* GraphQL */ `
  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {
    saveApplicationDraft(input: $input) {
      __typename
      ... on MutationSaveApplicationDraftSuccess {
        data {
          ...DraftFields
        }
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
      ... on ConflictError {
        message
        currentVersion
      }
    }
  }
  ${DRAFT_FIELDS}
  ${VALIDATION_ERROR_FIELDS}
`;

export const SUBMIT_APPLICATION_MUTATION = /* GraphQL */ `
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      __typename
      ... on MutationSubmitApplicationSuccess {
        data {
          ...DraftFields
        }
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
      ... on RateLimitError {
        message
        retryAfterSeconds
      }
    }
  }
  ${DRAFT_FIELDS}
  ${VALIDATION_ERROR_FIELDS}
`;

const APPEAL_FIELDS = /* GraphQL */ `
  fragment AppealFields on Appeal {
    id
    receivedOn
    inTime
    status
    forwardedOn
    courtDecidedOn
  }
`;

export const CASE_QUERY = /* GraphQL */ `
  query CaseDetails($id: ID!) {
    application(id: $id) {
      id
      reference
      status
      createdAt
      submittedAt
      draftStep
      applicant {
        id
        fullName
      }
      submittedBy {
        id
        fullName
      }
      answers {
        email
      }
      requestedServices {
        id
        serviceType
        needs
        decision {
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
          canAppeal
          appeals {
            ...AppealFields
          }
        }
        decisions {
          id
          status
          appeals {
            ...AppealFields
          }
        }
      }
      timeline {
        id
        at
        type
        data
      }
      communicatedInvestigation {
        communicatedAt
        responseDueOn
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
        response
        respondedAt
        canRespond
      }
    }
  }
  ${APPEAL_FIELDS}
`;

/** Asked for only when the person opens the letter: the PDF is large. */
export const DECISION_LETTER_QUERY = /* GraphQL */ `
  query DecisionLetter($id: ID!) {
    application(id: $id) {
      id
      decisionLetter {
        fileName
        contentBase64
      }
    }
  }
`;

export const CASE_OPENED_BY_QUERY = /* GraphQL */ `
  query CaseOpenedBy($id: ID!, $offset: Int!, $limit: Int!) {
    application(id: $id) {
      id
      reference
      applicant {
        id
        fullName
      }
      openedBy(offset: $offset, limit: $limit) {
        nodes {
          at
          staff {
            id
            name
            title
          }
        }
        totalCount
        hasNextPage
      }
    }
  }
`;

export const RESPOND_TO_INVESTIGATION_MUTATION = /* GraphQL */ `
  mutation RespondToInvestigation($input: RespondToInvestigationInput!) {
    respondToInvestigation(input: $input) {
      __typename
      ... on MutationRespondToInvestigationSuccess {
        data {
          id
          communicatedInvestigation {
            response
            respondedAt
            canRespond
          }
        }
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
  ${VALIDATION_ERROR_FIELDS}
`;

export const APPEAL_DECISION_MUTATION = /* GraphQL */ `
  mutation AppealDecision($input: AppealDecisionInput!) {
    appealDecision(input: $input) {
      __typename
      ... on MutationAppealDecisionSuccess {
        data {
          ...AppealFields
        }
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
      ... on NotFoundError {
        message
      }
    }
  }
  ${APPEAL_FIELDS}
  ${VALIDATION_ERROR_FIELDS}
`;

const CALLBACK_FIELDS = /* GraphQL */ `
  fragment CallbackFields on CallbackRequest {
    id
    person {
      id
      fullName
    }
    phone
    message
    requestedAt
    dueAt
    completedAt
  }
`;

export const MY_CALLBACK_REQUESTS_QUERY = /* GraphQL */ `
  query MyCallbackRequests {
    myCallbackRequests {
      ...CallbackFields
    }
  }
  ${CALLBACK_FIELDS}
`;

export const REQUEST_CALLBACK_MUTATION = /* GraphQL */ `
  mutation RequestCallback($input: RequestCallbackInput!) {
    requestCallback(input: $input) {
      __typename
      ... on MutationRequestCallbackSuccess {
        data {
          ...CallbackFields
        }
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
      ... on RateLimitError {
        message
        retryAfterSeconds
      }
    }
  }
  ${CALLBACK_FIELDS}
  ${VALIDATION_ERROR_FIELDS}
`;
