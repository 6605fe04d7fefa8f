export const SUBMIT_FEEDBACK_MUTATION = /* GraphQL */ `
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      __typename
      ... on MutationSubmitFeedbackSuccess {
        data {
          id
          referenceNumber
          type
          subject
          anonymous
          receivedAt
        }
      }
      ... on ValidationError {
        message
        issues {
          field
          message
        }
      }
      ... on RateLimitError {
        message
        retryAfterSeconds
      }
    }
  }
`;

export const FEEDBACK_LIST_QUERY = /* GraphQL */ `
  query FeedbackList($offset: Int!, $limit: Int!) {
    feedbackList(offset: $offset, limit: $limit) {
      nodes {
        id
        referenceNumber
        type
        subject
        text
        anonymous
        receivedAt
        contactName
        contactEmail
        contactPhone
      }
      totalCount
      hasNextPage
    }
  }
`;
