// The placeholders a clause body may use, and what each means. The library check refuses a
// clause that uses a placeholder not listed here or not declared in its front matter.
export const CLAUSE_VARIABLES = {
  Seller: 'The defined term for the seller in this document, e.g. "Supplier"',
  Customer: 'The defined term for the party that uses the product, e.g. "Customer" or "End User"',
  endUser: 'Name of the authorized end user (the agency that operates the product)',
  country: "English name of the customer's country",
  purpose: 'The authorized purpose stated in the profile',
  termMonths: 'Initial term in months',
  governingLaw: 'The governing law, e.g. "the laws of England and Wales"',
  'seller.name': "The seller's legal name",
  'customer.name': "The customer's legal name",
  'product.name': 'The product name',
  'reseller.name': "The reseller's legal name (reseller channel only)",
} as const;

