/** The PDF text reader lives with the letter renderer (@omsorg/letters); kept here for the tests that import it. */
export { pdfText, pdfTextLines } from '@omsorg/letters/testing';
