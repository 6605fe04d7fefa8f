/** The citizen shell's own GraphQL operations (identity, and feedback through federation). */
const REPRESENTATION = `id kind validFrom validTo`;
const OPENING_PAGE = (node: string) => `totalCount hasNextPage nodes { at ${node} staff { id name title } }`;

export const MY_DETAILS_QUERY = /* GraphQL */ `
  query MyDetails($offset: Int!, $limit: Int!) {
    me {
      __typename
      ... on Person {
        id
        fullName
        personalIdentityNumber
        mayActFor { ${REPRESENTATION} representedName }
        representatives { ${REPRESENTATION} representativeName }
        identityOpenings(offset: $offset, limit: $limit) { ${OPENING_PAGE('what')} }
      }
    }
  }
`;

export const MY_FEEDBACK_OPENINGS_QUERY = /* GraphQL */ `
  query MyFeedbackOpenings($offset: Int!, $limit: Int!) {
    me {
      __typename
      ... on Person {
        id
        feedbackOpenings(offset: $offset, limit: $limit) { ${OPENING_PAGE('referenceNumber')} }
      }
    }
  }
`;
