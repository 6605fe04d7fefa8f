export const MY_APPLICATIONS_QUERY = /* GraphQL */ `
  query MyApplications($offset: Int!, $limit: Int!) {
    me {
      __typename
      ... on Person {
        id
        applications(offset: $offset, limit: $limit) {
          nodes {
            id
            reference
            status
            createdAt
            requestedServices {
              id
              serviceType
            }
          }
          totalCount
          hasNextPage
        }
      }
    }
  }
`;
