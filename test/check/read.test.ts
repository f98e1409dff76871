// Reading drafts: Word's automatic numbers rebuilt, tracked changes accepted, typed numbers and
// schedules in text and Markdown, defined terms found.
import { AlignmentType, DeletedTextRun, Document, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.ts';
import { paragraphText } from '../../src/read/docx.ts';
import { generate } from '../../src/generate.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { readDraft } from '../../src/read/index.ts';
import { DraftIndex } from '../../src/check/draft-index.ts';
import { findPartyNames } from '../../src/read/parties.ts';
import { TODAY, exampleProfile } from '../helpers/fixtures.ts';

const encode = (s: string) => new TextEncoder().encode(s);

async function numberedDocx(): Promise<Uint8Array> {
  const level = (lvl: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level: lvl, format, text, alignment: AlignmentType.LEFT });
  const doc = new Document({
    numbering: { config: [{ reference: 'legal', levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.DECIMAL, '%1.%2'), level(2, LevelFormat.LOWER_LETTER, '(%3)')] }] },
    sections: [{ children: [
      new Paragraph({ text: 'Definitions', numbering: { reference: 'legal', level: 0 } }),
      new Paragraph({ text: '"Prohibited Use" means surveillance of journalists.', numbering: { reference: 'legal', level: 1 } }),
      new Paragraph({ text: 'Termination', numbering: { reference: 'legal', level: 0 } }),
      new Paragraph({ text: 'The Vendor may terminate:', numbering: { reference: 'legal', level: 1 } }),
      new Paragraph({ text: 'on any Prohibited Use; or', numbering: { reference: 'legal', level: 2 } }),
      new Paragraph({
        numbering: { reference: 'legal', level: 2 },
        children: [
          new TextRun('for non-payment '),
          new DeletedTextRun({ text: 'after ninety (90) days', id: 1, author: 'Ministry', date: '2026-01-01T00:00:00Z' }),
          new InsertedTextRun({ text: 'immediately', id: 2, author: 'Vendor', date: '2026-01-02T00:00:00Z' }),
          new TextRun('.'),
        ],
      }),
    ] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('reading drafts', () => {
  it('rebuilds Word numbering and accepts tracked changes', async () => {
    const draft = await readDraft(await numberedDocx(), 'draft.docx');
    expect(draft.blocks.map((b) => b.label)).toEqual(['1', '1.1', '2', '2.1', '2.1(a)', '2.1(b)']);
    expect(draft.blocks[5].text).toBe('for non-payment immediately.');
    expect(draft.blocks[4].heading).toBe('Termination');
    expect(draft.definitions.map((d) => d.term)).toContain('Prohibited Use');
    expect(draft.definitions.find((d) => d.term === 'Prohibited Use')!.usedIn).toEqual([4]);
  });

  it('keeps the clause numbers typed in a Markdown list, where they rise', async () => {
    const labels = async (text: string) => (await readDraft(encode(text), 'draft.md')).blocks.map((b) => b.label);
    // Markdown would count 1, 2, 3: the draft says 1, 4, 9.
    expect(await labels('1. Definitions apply.\n\n4. The Customer shall not use the System against journalists.\n\n9. The Supplier may suspend.')).toEqual(['1', '4', '9']);
    // Every item typed "1.", as Markdown allows: counted on.
    expect(await labels('1. The Supplier shall deliver the System.\n1. The Customer shall pay the fees.\n1. The Customer shall keep records of use.')).toEqual(['1', '2', '3']);
  });

  it('reads "Party A" and "Party B" as the parties, the one that supplies as the seller', async () => {
    const text = 'Koenavi Systems Co., Ltd. (hereinafter "Party A") and Marunaka Trading Corporation (hereinafter "Party B") hereby enter into this Agreement concerning the supply by Party A to Party B of the speaker identification system.\n\n## Article 3 (Supply)\n\n1. Party A shall supply the Products to Party B, and Party B shall pay the price to Party A.';
    expect((await readDraft(encode(text), 'draft.md')).partyNames).toEqual({ seller: ['Party A'], customer: ['Party B'] });
  });

  it("takes the seller's name from the maker's terms attached further in", async () => {
    const filler = Array.from({ length: 12 }, (_, k) => `${k + 2}. The Supplier shall deliver item ${k + 2} of the System.`).join('\n\n');
    const text = `This Contract is made between the Procuring Agency and Indus DataWorks (Private) Limited (the "Supplier").\n\n${filler}\n\n## Appendix F: End User Licence Terms\n\nThese terms are made between Lumen Signal Analytics B.V. ("Lumen") and the Ministry of Interior ("Licensee").\n\nF-7 Lumen may suspend any licence key on a credible complaint of misuse.`;
    expect((await readDraft(encode(text), 'draft.md')).partyNames.seller).toContain('Lumen');
  });

  it('reads a bracket that names a party twice, "the First Party" or "the Ministry", as one party', async () => {
    const text = 'This Contract was concluded in Doha between:\n\nFirst Party: The Ministry of Interior of the State (hereinafter "the First Party" or "the Ministry").\n\nSecond Party: Noordlicht Biometrics B.V., a private limited company (hereinafter "the Second Party" or "the Supplier").\n\n1. The Second Party shall deliver the System.';
    expect((await readDraft(encode(text), 'draft.md')).partyNames).toEqual({ seller: ['Second Party'], customer: ['First Party'] });
  });

  it("finds the draft's own names for the seller and the customer", async () => {
    const text = 'This Agreement is made between Orion Systems Ltd (the "Licensor") and the Ministry of Interior (the "Authority").\n\nThe Licensor may suspend the System.';
    const draft = await readDraft(encode(text), 'draft.txt');
    expect(draft.parties).toEqual({ seller: 'Licensor', customer: 'Authority' });
  });

  it('reads "Service" or "User" as the customer only where the draft defines a body by it, not the product', async () => {
    const parties = async (text: string) => (await readDraft(encode(text), 'draft.txt')).parties;
    expect(await parties('These terms are made between Tamarack Analytics Inc. (the "Provider") and the customer named in the Order.\n\n"Service" means the hosted location-analytics service described in the Order Form.\n\nThe Provider may suspend the Service.'))
      .toEqual({ seller: 'Provider' });
    expect(await parties('This Agreement is made between Orion Systems Ltd (the "Contractor") and the State Security and Intelligence Service of the Republic of Talmaria (the "Service").\n\nThe Contractor shall deliver the System.'))
      .toEqual({ seller: 'Contractor', customer: 'Service' });
    expect(await parties('"User" means an officer of the Bureau who holds operator credentials.\n\n"Platform" means the software.'))
      .toEqual({ customer: 'User' });
    expect(await parties('"User" means any person or application that accesses the Platform through the API.'))
      .toEqual({});
  });

  it("reads the parties' own names and gives them their roles", async () => {
    const names = async (text: string) => findPartyNames((await readDraft(encode(text), 'draft.md')).blocks);
    expect(await names('These Terms are between Lanternfish Analytics, Inc. ("Lanternfish", "we") and the organisation in the Order ("Customer").\n\n## 1. Service\n\nLanternfish hosts the Service.'))
      .toEqual({ seller: ['Lanternfish'], customer: [] });
    expect(await names('This Agreement is made between Vexa Systems GmbH ("Vexa") and the Ministry of the Interior ("Ministry").\n\n## 1. Licence'))
      .toEqual({ seller: ['Vexa'], customer: [] });
    expect(await names('# Terms\n\n1. "Orbit," "We," and "Us" refer to Orbit Cloud Ltd.\n\n2. "You" and "Your" refer to the account holder.'))
      .toEqual({ seller: ['Orbit'], customer: ['Your'] });
    expect(await names('Between Alpha Ltd ("Alpha") and Beta plc ("Beta").')).toEqual({ seller: [], customer: [] });
    expect(await names('This Agreement is made by and between Corvane Systems, Inc. ("Corvane") and the National Investigations Bureau ("NIB").\n\n1. Corvane grants to NIB a licence. NIB shall pay Corvane the fees.'))
      .toEqual({ seller: ['Corvane'], customer: ['NIB'] });
    // Two companies, each granting the other something: the one that pays, or wishes to use the platform, buys.
    const twoCompanies = 'This Agreement is made between:\n\n(1) VESTRAL ANALYTICS LIMITED, registered in England ("Vestral"); and\n\n(2) BANCO COSTERO S.A., a bank incorporated in Marvenia ("the Bank").\n\n';
    expect(await names(`${twoCompanies}(A) Vestral provides a transaction-scoring platform. (B) The Bank wishes to use the platform.\n\n1. Vestral grants the Bank a licence to use the Platform. The Bank grants Vestral a licence to use Bank Data. The Bank shall pay the Fees.`))
      .toEqual({ seller: ['Vestral'], customer: ['Bank'] });
    expect(await names(`${twoCompanies}1. Vestral grants the Bank a licence to use the Platform. The Bank grants Vestral a licence to use Bank Data.`))
      .toEqual({ seller: [], customer: [] });
    expect(await names('| | |\n|---|---|\n| **Provider** | Larkspur Signal, Inc. ("Larkspur") |\n| **Customer** | The Directorate of Public Order ("DPO") |'))
      .toEqual({ seller: ['Larkspur'], customer: ['DPO'] });
    expect(await names('ORISON SIGNAL TECHNOLOGIES PTE. LTD.\n\nTo: Al-Nuri Trading W.L.L.\n\nWe appoint you (the "Reseller").\n\n1. Orison may suspend the supply of licence keys.'))
      .toEqual({ seller: ['Orison'], customer: [] });
  });

  it('reads a party named in its block without a short name by the first word or the initials the draft then uses', async () => {
    const names = async (text: string) => findPartyNames((await readDraft(encode(text), 'draft.md')).blocks);
    const body = '1. Halden intends to supply the tool. NPS shall pay the fees.\n\n2. Halden may suspend access. NPS shall notify Halden of misuse.\n\n3. Halden shall train NPS officers.';
    expect(await names(`MEMORANDUM OF UNDERSTANDING\n\nbetween\n\nHALDEN SIGNAL SYSTEMS LTD\n\n(registered in Aldmark)\n\nand\n\nTHE NORTHMERE POLICE SERVICE\n\n${body}`))
      .toEqual({ seller: ['Halden'], customer: ['NPS'] });
    // On one line each, with an address after the comma.
    expect(await names(`SUPPORT AGREEMENT\n\nBetween Kestrel Optics GmbH, Hafenstrasse 4, Bremen\n\nand the Ministry of Interior of Osk, Palace Square\n\n1. Kestrel shall support the System. The MIO shall pay. Kestrel may withhold updates. The MIO shall train staff. Kestrel may audit the MIO.`))
      .toEqual({ seller: ['Kestrel'], customer: ['MIO'] });
    // A name the draft only ever repeats in full, or one that opens with a common word, is not shortened.
    expect(await names(`AGREEMENT\n\nbetween\n\nHALDEN SIGNAL SYSTEMS LTD\n\nand\n\nNATIONAL CYBER BUREAU\n\n1. Halden Signal Systems Ltd shall deliver. National law applies. National holidays are excluded. National security is reserved.`))
      .toEqual({ seller: [], customer: [] });
  });

  it('reads parties named in translated, export and letter drafting', async () => {
    const names = async (text: string) => findPartyNames((await readDraft(encode(text), 'draft.md')).blocks);
    // Capitals without quotation marks after "hereinafter", as translated civil-law contracts name them.
    expect(await names('The MUNICIPALITY OF SAN TELMO, through its Secretariat of Security, hereinafter called the CONTRACTING PARTY, and VIGIA DATOS S.A., hereinafter called the CONTRACTED PARTY, agree as follows.\n\nCLAUSE FIRST - OBJECT'))
      .toEqual({ seller: ['CONTRACTED PARTY'], customer: ['CONTRACTING PARTY'] });
    // ... and "hereafter", as a Turkish or Romanian contract in English says it.
    expect((await readDraft(encode('1.1 This contract is signed between NORDAL TELEMATIK A.S., Izmir (hereafter "Provider") and the GENERAL DIRECTORATE OF SECURITY, Ankara (hereafter "Agency") under the terms below.\n\n2. Scope'), 'draft.md')).parties)
      .toEqual({ seller: 'Provider', customer: 'Agency' });
    // Roles named after "hereinafter referred to as" with no bracket, as CIS and Asian contracts do (even with the bracket left open).
    expect((await readDraft(encode('The Ministry of Internal Affairs of the Republic, hereinafter referred to as the "Customer", represented by the Deputy Minister, on the one hand, and DATALINK SYSTEMS LIMITED, hereinafter referred to as the "Supplier", on the other hand, have concluded this Contract.\n\n1. Subject'), 'draft.md')).parties)
      .toEqual({ seller: 'Supplier', customer: 'Customer' });
    expect((await readDraft(encode('THE GOVERNMENT OF THE REPUBLIC, acting through the Permanent Secretary (hereinafter called "the Authority"\n\nAND\n\nKESTROWE ACOUSTICS PTE. LTD. (hereinafter called "the Contractor") of the other part.\n\n1. Scope'), 'draft.md')).parties)
      .toEqual({ seller: 'Contractor', customer: 'Authority' });
    // "who for the effects of the present contract will be called THE CONTRACTOR", as Latin-American contracts in English say it.
    expect((await readDraft(encode('Between the undersigned, on one side, ANA RUIZ, acting as Secretary General of the MINISTRY OF GOVERNMENT, who for the effects of the present contract will be called THE CONTRACTING ENTITY, and on the other side, LUIS MORA, legal representative of VIGIA ANDINA S.A.S., who for the effects of the present contract will be called THE CONTRACTOR, we have agreed as follows.\n\nCLAUSE ONE - OBJECT'), 'draft.md')).parties)
      .toEqual({ seller: 'CONTRACTOR', customer: 'CONTRACTING ENTITY' });
    // (A thing that "shall be called" something is no party.)
    expect((await readDraft(encode('The data centre, which shall be called the "Facility", is in Lisbon.\n\n1. Scope'), 'draft.md')).parties).toEqual({});
    // Several names for one party in one bracket: the capitalised one is the defined term.
    expect((await readDraft(encode('This agreement is between Skagen Analytics ApS ("we", "us", "the Supplier") and the National Police ("you", "the Customer").\n\n1. Support'), 'draft.md')).parties)
      .toEqual({ seller: 'Supplier', customer: 'Customer' });
    // (Quoted words in a bracket that name no party define nothing of the kind.)
    expect((await readDraft(encode('The Supplier shall mark each report ("draft", "final") and deliver it.\n\n1. Scope'), 'draft.md')).parties).toEqual({});
    // Public bodies acting together, each defined, opposite one company: two sides.
    expect((await readDraft(encode('This Contract is entered into by the State of North Calumet, acting through the Department of Administrative Services ("DAS"), on behalf of the Department of Public Safety ("DPS" and, together with DAS, the "State"), and Tallis Geodata, Inc. ("Contractor").\n\n1. The State shall pay.'), 'draft.md')).partyNames)
      .toEqual({ seller: [], customer: ['DAS', 'DPS', 'State'] });
    // A proper name defined in a bracket that also says "hereinafter" is one party, not two.
    expect((await readDraft(encode('**ARVANDIS CYBER LTD**, a company registered in Cyprus (hereinafter "Kestrel"), from one side, and the STATE SERVICE FOR OPERATIVE INVESTIGATIONS (hereinafter the "Licensee"), from the other side, concluded this Contract.\n\n1) Kestrel grants a licence.'), 'draft.md')).partyNames.seller)
      .toEqual(['Kestrel']);
    // A seller the definitions name by what it did, as General Conditions do.
    const gcc = await readDraft(encode('1.1 In this Contract: (a) "Procuring Entity" means the Ministry of Interior; (b) "Kestrel" means the natural or juridical person whose bid has been accepted by the Procuring Entity.\n\n2.1 Kestrel shall deliver the System.'), 'gcc.md');
    expect([gcc.parties.seller, gcc.partyNames.seller]).toEqual(['Kestrel', ['Kestrel']]);
    // A clause headed "Parties" deep in terms attached to a quotation.
    const quote = ['SENTRA BIOMETRICS B.V. Stationsplein 45, Utrecht', '', '# RENEWAL QUOTATION', '', 'Dear Comandante,', '', 'Thank you for your order.', '', 'Item | Qty | Total', '', '| Licence | 1 | 100 |', '', '| Support | 1 | 50 |', '', '## Terms', '', '**1. Parties.** Sentra Biometrics B.V. ("Kestrel") and the Municipality of San Bartolomé ("Licensee").', '', '**2. Licence.** Kestrel grants Licensee a licence.'].join('\n');
    expect((await readDraft(encode(quote), 'quote.md')).partyNames.seller).toEqual(['Kestrel']);
    // The blocks under a heading "PARTIES", further down than a cover page lets the opening reach.
    const cover = ['HOLLINGBROOK METROPOLITAN BOROUGH COUNCIL', '', 'CONTRACT FOR THE MAINTENANCE OF CCTV SYSTEMS', '', 'Contract Ref: HMBC/FM/2026/031', '', 'THIS CONTRACT is dated 2026', '', 'PARTIES', '', '(1) HOLLINGBROOK METROPOLITAN BOROUGH COUNCIL of the Civic Centre, Hollingbrook (the "Council"); and', '', '(2) SENTRYLINE SECURITY SERVICES LIMITED (company no. 05521987) of Calder Park, Wakefield ("Kestrel").', '', '1. Kestrel shall maintain the systems.'].join('\n');
    expect((await readDraft(encode(cover), 'cover.txt')).partyNames).toEqual({ seller: ['Kestrel'], customer: ['Council'] });
    // ... or in title case, ended by a comma.
    expect(await names('The STATE OF ALTO PARANA, hereinafter called the CONTRACTING PARTY, and ORBITAL SISTEMAS LTDA., a limited liability company, hereinafter called Orbital, resolve to contract.\n\n1. Orbital shall deliver.'))
      .toEqual({ seller: ['Orbital'], customer: ['CONTRACTING PARTY'] });
    // The parties on the lines after a bare "BETWEEN", one of them with a role word the rules do not know.
    expect(await names('SUPPLY CONTRACT\n\nBETWEEN\n\nNORDVIK SENSORS AS, a company under Norwegian law (the "Principal"),\n\nAND\n\nKORO TRADING SARL (the "Distributor").\n\n1. Appointment'))
      .toEqual({ seller: ['Principal'], customer: [] });
    // A company and a public body: the company sells, whatever the draft calls it.
    expect(await names('This Memorandum ("MoU") is made between the Ministry of Transport of the Republic of Veld (the "Ministry") and Tessaract Vision Pte. Ltd. (the "Partner").'))
      .toEqual({ seller: ['Partner'], customer: [] });
    // ... but a company appointed as "Distributor" keeps the word the rules read intermediaries by.
    expect(await names('This Agreement is made between the Ministry of Interior (the "Ministry") and Falk Trading LLC (the "Distributor").'))
      .toEqual({ seller: [], customer: [] });
    // Party blocks that open the draft without "between": the name beside a role word's opposite takes the other role.
    expect(await names('DISTRIBUTION AGREEMENT\n\nKESTREL OPTICS LIMITED (company no. 123), of 1 Mill Lane, Arland ("Kestrel")\n\nand\n\nDUNE TRADING LLC, of Tower B, Sahlan ("Distributor")\n\n1. Kestrel appoints the Distributor.'))
      .toEqual({ seller: ['Kestrel'], customer: [] });
    expect(await names('LICENCE\n\nThe Software ("Software") is licensed under these terms.\n\nOrbit Ltd ("Orbit") supplies it.')).toEqual({ seller: [], customer: [] });
    // Nordic and other company forms in their own case; "and" on the line after the "between" block.
    expect(await names('SUPPLY CONTRACT\n\n**Between** the Ministry of Justice of Osk (the "**Purchaser**")\n\n**and** Vantage Graph Systems Oy, Business ID 3129457-6, Helsinki ("**Vantage**").\n\n1. Vantage may suspend the licence.'))
      .toEqual({ seller: ['Vantage'], customer: [] });
    expect(await names('Between: the State Patrol Division (the "Agency")\n\nAnd: Lindqvist Forensics AB, Stockholm ("Lindqvist")\n\n1. Lindqvist shall deliver.'))
      .toEqual({ seller: ['Lindqvist'], customer: [] });
    // A lone company block opposite a customer defined in the text, and the company of a tripartite agreement.
    expect(await names('# EULA\n\nBrightwater Forensics Pte. Ltd. (UEN 2019K), Singapore ("Brightwater")\n\nThis EULA is accepted by the organisation on the certificate ("Licensee").'))
      .toEqual({ seller: ['Brightwater'], customer: [] });
    expect(await names('AGREEMENT\n\nBetween\n\nThe Eskeland Agency for Cooperation (the "Agency");\n\nThe Ministry of Justice of Numara (the "Beneficiary");\n\nLindqvist Data AS, Oslo ("Lindqvist").\n\n1. Purpose'))
      .toEqual({ seller: ['Lindqvist'], customer: [] });
    // A translated contract's "Party A (Seller): ..." names the party by its letter beside its role.
    expect(await names('Purchase and Sale Contract (translated). Party A (Seller): Kaiyo Sensing Co., Ltd., of Tenmara. Party B (Buyer): Provincial Public Security Department of Daeyang.\n\nArticle 1. Party A shall deliver the Goods.'))
      .toEqual({ seller: ['Party A'], customer: ['Party B'] });
    // "Party A: Teorin Vision Co., Ltd." beside "Party B: Provincial Public Security Department": the company sells, the public body buys.
    expect(await names('Technical Service Agreement (translated). Party A: Teorin Vision Co., Ltd. Party B: Provincial Public Security Department of Daeyang.\n\nArticle 1. Party A shall provide the services.'))
      .toEqual({ seller: ['Party A'], customer: ['Party B'] });
    // A Polish company's form as it is written, in lower case, opposite a public body named by no role word.
    expect(await names('Deed between Wolski Systemy sp. z o.o. ("Wolski") and the Border Guard Headquarters of the Republic of Tarnow (the "Headquarters").\n\n1. Wolski withdraws its notice.'))
      .toEqual({ seller: ['Wolski'], customer: ['Headquarters'] });
    // A company defined in the opening by what it is, or as the one that supplies the product; not "any corporation that ...".
    expect(await names('LICENCE\n\n1.1 In this Agreement: "Aurelis" means Aurelis Biometrics AB, of Gothenburg; "Ministry" means the Ministry of the Interior.\n\n2.1 Aurelis grants the Ministry a licence.'))
      .toEqual({ seller: ['Aurelis'], customer: [] });
    expect(await names('MEMORANDUM\n\nNOTING that the Kits are supplied by Halvard Forensic Systems Ltd ("Halvard") under a contract with the Ministry;'))
      .toEqual({ seller: ['Halvard'], customer: [] });
    expect(await names('LICENCE\n\n"Affiliate" means any corporation that controls the Customer.\n\n"Customer" means the Bureau.')).toEqual({ seller: [], customer: [] });
    // "as" in a sentence is no company form.
    expect(await names('LICENCE\n\nBetween Alpha, as agent ("Alpha"), and Beta, as adviser ("Beta").')).toEqual({ seller: [], customer: [] });
    // A side letter on the vendor's letterhead that names both parties in its reference line.
    expect(await names('MARLOWE DEFENCE SYSTEMS LTD\n\nRe: Licence Agreement between Marlowe Defence Systems Ltd ("Marlowe") and the Border Guard Service ("BGS")\n\n1. Marlowe waives clause 4.'))
      .toEqual({ seller: ['Marlowe'], customer: ['BGS'] });
    // Export-document fields, several to a paragraph.
    expect(await names('Exporter: Halden Optics Inc. ("Halden")\nIntermediate Consignee: Port Trading LLC ("Porto") Importer: State Border Agency of Ruritania ("SBA")'))
      .toEqual({ seller: ['Exporter', 'Halden'], customer: ['Importer', 'SBA'] });
    // Procurement drafting: the "Procuring Entity" buys (a role word the rules read as it is); a quoted term after "hereinafter" without brackets.
    expect(await names('This Contract is made between the Ministry of Works, hereinafter referred to as "the Procuring Entity", and Dalby Systems Ltd, hereinafter referred to as "Dalby".'))
      .toEqual({ seller: ['Dalby'], customer: [] });
    // A letter a public body sends to a vendor: its "we" is the customer, its "you" the seller.
    const award = await names('NOTICE OF AWARD\n\nProcurement Unit, Ministry of Health of the Republic of Osk\n\nTo: Vantor Imaging Ltd (the "Bidder")\n\nDear Sirs,\n\nWe award the contract to you. You shall deliver within 60 days.');
    expect(award.customer).toEqual(['We', 'Us', 'Our']);
    expect(award.seller).toContain('You');
    expect((await names('Ministry of Justice of the Republic of Osk\n\nDear Minister,\n\nWe are pleased to offer our licences.')).customer).toEqual([]);
    // A vendor's letter to a ministry keeps its "we".
    expect((await names('Corran Systems Ltd\n\nTo: Ministry of Justice\n\nDear Minister,\n\nWe will deliver the licences.')).customer).toEqual([]);
    // Order-form fields that are not parties ("Service:", "Support:") name nothing.
    expect(await names('ORDER FORM\n\nProvider: Quell Analytics Ltd ("Quell")\n\nService: hosted dashboards ("Dashboards")\n\nCustomer: Port Authority of Merin ("PAM")'))
      .toEqual({ seller: ['Quell'], customer: ['PAM'] });
    // A certificate the end user writes: "we" is the customer; a vendor's "we" stays the seller.
    expect((await names('END-USER UNDERTAKING\n\n1. We declare that we are the final end user of the equipment and will not re-export it.')).customer).toEqual(['We', 'Us', 'Our']);
    expect((await names('These Terms are between Quill Ltd ("Quill", "we") and you.\n\n1. We host the Service for our end users.')).customer).toEqual([]);
    // A role table's row is not a party block: its role word ("Contractor", "Partner") is no short name of the company beside it.
    const roleTable = await names("# STATEMENT OF WORK No. 3\n\n**Digital Forensics Laboratory \u2013 Dravia FEC Project**\n\nissued under the Channel Partner Agreement dated 2 September 2023 (the \"**Partner Agreement**\")\n\n| | |\n|---|---|\n| **Contractor** | Vireo Forensics AB, Reg. No. 556901-4417, Sveav\u00e4gen 44, 111 34 Stockholm, Sweden |\n| **Partner** | Danubia SecureTech S.R.L., Str. Mihai Viteazul 18, Velgrad, Republic of Dravia |\n| **End User** | Forensic Expertise Centre of the Ministry of Internal Affairs of the Republic of Dravia (the \"**FEC**\") |\n| **SOW Effective Date** | date of last signature below |\n| **Contractor project manager** | Elin Sandqvist |\n\n1.1 Partner is buying the Products from Contractor for resale to the FEC.\n\n7.6 Partner will notify Contractor within 72 hours of any suspected Misuse.\n");
    expect([...roleTable.seller, ...roleTable.customer]).not.toContain('Contractor');
    expect([...roleTable.seller, ...roleTable.customer]).not.toContain('Partner');
    // The addressee on the line after a bare "To:".
    expect((await names('GENDARMERIE OF THE REPUBLIC OF OSK\n\nCyber Directorate\n\nTo:\n\nMERIDAL SIGNAL SYSTEMS GMBH\n\nDear Sirs,\n\nWe confirm our order.')).customer).toEqual(['We', 'Us', 'Our']);
    // A letter that says its "we" is a public body it has defined, whoever it is addressed to.
    expect((await names('Reference: Supply Contract No. 14\n\nThe undersigned, acting for the Counter-Narcotics Bureau of the Police of Osk (the "CNB"), declares as follows. In this letter, "we" and "our" mean the CNB.\n\n1. We will use the equipment only in our own cases.')).customer).toEqual(['We', 'Us', 'Our']);
    // ... not a company's: "we" means the vendor.
    expect((await names('The undersigned, for Meridal Signal Systems GmbH (the "Vendor"), confirms as follows. In this letter, "we" and "our" mean the Vendor.\n\n1. We will deliver.')).customer).toEqual([]);
  });

  it('reads Roman-numeral items with a dash as the lead-in clause\'s items', async () => {
    const draft = await readDraft(encode('7.2. The Licensee undertakes to:\n\nI – pay the fees;\n\nII – keep the equipment secure;\n\nIV - return it at the end.'), 'draft.txt');
    expect(draft.blocks.map((b) => [b.label, b.text])).toEqual([['7.2', 'The Licensee undertakes to:'], ['7.2(i)', 'pay the fees;'], ['7.2(ii)', 'keep the equipment secure;'], ['7.2(iv)', 'return it at the end.']]);
  });

  it('reads an unnumbered annex heading as the draft\'s annex', async () => {
    const draft = await readDraft(encode('# Side letter\n\n1. The Annex binds the End User.\n\n## ANNEX – END USER UNDERTAKING\n\n1. We will not re-export the goods.\n\n## Annexed forms are not parts'), 'draft.md');
    expect(draft.blocks.map((b) => b.part)).toEqual([undefined, undefined, 'Annex', 'Annex', 'Annex']);
  });

  it('reads a schedule named by its instrument ("Call-Off Schedule 20") as a part, and a list of the schedules incorporated as items', async () => {
    const text = ['CALL-OFF ORDER FORM', '', 'If the documents conflict, the following order of precedence applies:', '', '1. This Order Form.', '',
      "2. The Buyer's Standard Terms and Conditions.", '', '3. The following Call-Off Schedules:', '', 'Call-Off Schedule 2 (Services)', '', 'Call-Off Schedule 20 (Responsible Use)', '',
      'SPECIAL TERMS', '', '1.1 The Supplier shall not suspend the Services.', '', 'CALL-OFF SCHEDULE 20 (RESPONSIBLE USE)', '', '4.1 The Buyer shall not use the Services against journalists.'].join('\n');
    const draft = await readDraft(encode(text), 'order.txt');
    const at = (t: string) => draft.blocks.find((b) => b.text.startsWith(t))!;
    expect([at('Call-Off Schedule 2 ').isHeading, at('Call-Off Schedule 20 ').isHeading, at('Call-Off Schedule 20 ').part]).toEqual([false, false, undefined]);
    expect([at('The Supplier shall').part, at('The Supplier shall').label]).toEqual([undefined, '1.1']);
    expect([at('CALL-OFF SCHEDULE 20').isHeading, at('The Buyer shall not').part, at('The Buyer shall not').label]).toEqual([true, 'Schedule 20', 'Schedule 20, paragraph 4.1']);
    // (A schedule's heading after a signature line that ends in a colon is still a heading.)
    const signed = await readDraft(encode('1. The Customer shall pay.\n\nSigned for the Supplier:\n\nSCHEDULE 1 - USE RESTRICTIONS\n\n1. No use against journalists.'), 'signed.txt');
    expect(signed.blocks.at(-1)!.part).toBe('Schedule 1');
  });

  it('reads numbered clause lines typed under a numbered heading without blank lines as their own clauses, and lettered ones as its items', async () => {
    const draft = await readDraft(encode('# Framework Agreement\n\n12. Training\n12.1 The Ministry shall train every operator.\n12.2 Clause 12.1 shall not apply to the Border Police.\n\n14. The Contractor may suspend the System where:\n   a) a credible complaint is received; or\n   b) it suspects Misuse.'), 'draft.md');
    expect(draft.blocks.map((b) => b.label)).toEqual([undefined, '12', '12.1', '12.2', '14']);
    expect(draft.blocks.at(-1)!.text).toContain('b) it suspects Misuse.');
  });

  it('reads an appendix whose letter is bracketed ("Appendix (D): Conditions of Responsible Use") as a part', async () => {
    const draft = await readDraft(encode('Article (4): Delivery\n\n1. The Supplier shall deliver the System.\n\nAppendix (D): Conditions of Responsible Use\n\n1. The System shall not be used against journalists.'), 'draft.txt');
    expect(draft.blocks.at(-1)!.part).toBe('Appendix D');
    expect(draft.blocks.at(-1)!.label).toBe('Appendix D, paragraph 1');
  });

  it('reads several definitions in one paragraph, each meaning ending where the next term starts', async () => {
    const defs = async (text: string) => (await readDraft(encode(text), 'draft.md')).definitions.map((d) => [d.term, d.meaning]);
    expect(await defs('In this Licence: (a) "Platform" means the hosted analytics service; (b) "Abuse" means any use against journalists; and (c) "Fees" means the charges in the Order.'))
      .toEqual([['Platform', 'the hosted analytics service'], ['Abuse', 'any use against journalists'], ['Fees', 'the charges in the Order.']]);
    expect(await defs('"Grave Offence" means an offence punishable by five years\' imprisonment. "Extremism" means violence against civilians for political ends.'))
      .toEqual([['Grave Offence', 'an offence punishable by five years\' imprisonment.'], ['Extremism', 'violence against civilians for political ends.']]);
    // A quoted word that is not followed by "means" does not start a definition.
    expect(await defs('"Data" means records the Customer loads, including any "tags" it adds.')).toEqual([['Data', 'records the Customer loads, including any "tags" it adds.']]);
  });

  it('reads clause numbers with a letter prefix, as annexes and riders number them', async () => {
    const draft = await readDraft(encode('## Annex F\n\nF7.4 No measure is a breach.\n\nB2. Service credits apply, subject to clause F7.4.'), 'annex.md');
    expect(draft.blocks.filter((b) => b.label).map((b) => b.label)).toEqual(['Annex F, paragraph F7.4', 'Annex F, paragraph B2']);
  });

  it('reads a generated contract with the numbers Word shows', async () => {
    const { bytes } = await generate(exampleProfile('high-risk-intrusion'), { document: 'licence', format: 'docx', today: TODAY, library: loadLibrary() });
    const md = new TextDecoder().decode((await generate(exampleProfile('high-risk-intrusion'), { document: 'licence', format: 'md', today: TODAY })).bytes);
    const draft = await readDraft(bytes, 'licence.docx');
    const heading = draft.blocks.find((b) => b.text === 'Termination for Misuse')!;
    const inMarkdown = new RegExp(`^### ${heading.label!.replace('.', '\\.')} Termination for Misuse$`, 'm');
    expect(md).toMatch(inMarkdown);
  });

  it('reads typed numbers, sub-clauses and schedules in plain text', async () => {
    const text = 'SUPPLY AGREEMENT\n\n12. TERMINATION\n\n12.3 The Supplier may terminate:\n(a) on any breach; or\n(b) on insolvency.\n\nSCHEDULE 2\n\n4. The Customer shall keep records.';
    const draft = await readDraft(encode(text), 'draft.txt');
    const labels = draft.blocks.map((b) => b.label);
    expect(labels).toContain('12.3');
    expect(labels).toContain('12.3(a)');
    expect(labels).toContain('12.3(b)');
    expect(draft.blocks.at(-1)!.label).toBe('Schedule 2, paragraph 4');
    expect(draft.blocks.find((b) => b.label === '12.3(a)')!.start).toBe(draft.text.indexOf('on any breach'));
  });

  it('reads a compare exported to text as if every marked change were accepted', async () => {
    const text = [
      '7.2 The Agency shall use the Platform [deleted: for any purpose it considers\nappropriate] [inserted: solely for the investigation of Serious Crime].',
      '',
      '9.1 [Deleted text: The Vendor may publish aggregate figures on complaints.] The Vendor shall not disclose any information about the Agency\'s use of the Platform[Insertion: , save to a competent authority].',
    ].join('\n');
    const draft = await readDraft(encode(text), 'compare.txt');
    expect(draft.text).toContain('shall use the Platform solely for the investigation of Serious Crime.');
    expect(draft.text).not.toMatch(/considers|appropriate|publish aggregate|deleted|insert/i);
    expect(draft.text).toContain('use of the Platform, save to a competent authority.');
    // A bracketed cross-reference is not a change.
    const plain = await readDraft(encode('3.1 The Vendor may suspend [clause 9 applies] at once.'), 'plain.txt');
    expect(plain.text).toContain('[clause 9 applies]');
  });

  it('reads clauses numbered in words, and resolves citations of them', async () => {
    const text = [
      'CLAUSE THIRD – OBJECT', '', 'The CONTRACTED PARTY supplies the licences.', '',
      'Clause Fourth: Suspension', '', '4.1 The CONTRACTED PARTY may suspend access on any misuse.', '',
      'ARTICLE TWENTY-FIRST. FINAL PROVISIONS', '', 'Clause Fourth applies subject to Clauses Third to Fourth and to a final judgment.',
    ].join('\n');
    const draft = await readDraft(encode(text), 'contrato.txt');
    const byText = (start: string) => draft.blocks.find((b) => b.text.startsWith(start))!;
    expect(byText('OBJECT')).toMatchObject({ label: '3', isHeading: true });
    expect(byText('Suspension')).toMatchObject({ label: '4', isHeading: true });
    expect(byText('FINAL PROVISIONS').label).toBe('21');
    // A sentence that opens by citing a clause is not numbered by it.
    expect(byText('Clause Fourth applies').label).toBeUndefined();
    const index = new DraftIndex(draft);
    const citing = index.clauses.find((c) => c.sentence.text.startsWith('Clause Fourth applies'))!;
    const cited = index.citedBlocks(citing).map((b) => draft.blocks[b].label);
    expect(cited).toEqual(expect.arrayContaining(['3', '4', '4.1']));
    expect(cited).not.toContain('21');
  });

  it('resolves a bare letter-prefixed number ("under Q13", "under H6") to the paragraph numbered so', async () => {
    const text = ['## Annex H - Human Rights Conditions', '', 'H6. The Supplier may suspend the System on suspected Misuse.', '', 'H7. The Supplier may withhold Updates.', '',
      'H20. A suspension under H6 is no breach of the Contract. The fee for 2026 is payable.'].join('\n');
    const draft = await readDraft(encode(text), 'annex.md');
    const index = new DraftIndex(draft);
    const cited = (start: string) => index.citedBlocks(index.clauses.find((c) => c.sentence.text.startsWith(start))!).map((b) => draft.blocks[b].label);
    expect(cited('A suspension under H6')).toEqual(['Annex H, paragraph H6']);
    // (A year, or a number with no letters, is no such citation.)
    expect(cited('The fee for 2026')).toEqual([]);
  });

  it('resolves "Article 11" and "Article 11(2)" where each article numbers its paragraphs afresh from 1', async () => {
    const text = [
      'ARTICLE 10 - TRAINING', '', '1. The OEM shall train the operators.', '', '2. Training is repeated every year.', '',
      'ARTICLE 11 - MEASURES IN CASE OF MISUSE', '', '1. The OEM may suspend the Products on a credible report of Misuse.', '',
      '2. The OEM may withhold updates and support on a credible report of Misuse.', '',
      // (A clause that does not count on from the article's paragraphs is a clause of its own.)
      '5. Fees. The Company shall pay the fees.', '',
      'SCHEDULE 4', '', '1. The End User accepts that updates may be withheld as provided in Article 11.', '', '2. The measures in Article 11(2) are not a breach.',
    ].join('\n');
    const draft = await readDraft(encode(text), 'jv.txt');
    const index = new DraftIndex(draft);
    const cited = (start: string) => index.citedBlocks(index.clauses.find((c) => c.sentence.text.startsWith(start))!).map((b) => draft.blocks[b].text);
    expect(cited('The End User accepts')).toEqual(['MEASURES IN CASE OF MISUSE', 'The OEM may suspend the Products on a credible report of Misuse.', 'The OEM may withhold updates and support on a credible report of Misuse.']);
    expect(cited('The measures in Article 11(2)')).toEqual(['The OEM may withhold updates and support on a credible report of Misuse.']);
  });

  it('resolves "paragraph 2", said inside an article that numbers its paragraphs afresh, to that article\'s paragraph', async () => {
    const text = [
      'ARTICLE 2 - PRICE', '', '1. The Purchaser shall pay the price stated in Annex 1 within thirty days of invoice.', '', '2. The price includes delivery to the Purchaser\'s premises and installation.', '',
      'ARTICLE 11 - BLOCKING OF THE SYSTEMS', '', '1. The Contractor may block the Systems where grounds under paragraph 2 exist.', '',
      '2. Grounds exist where information indicates that the Systems are used contrary to Article 8 (Purposes of Use).', '',
      '3. The blocking lasts until the examination under paragraph 2 of Article 2 is concluded, and the Contractor shall give notice under paragraphs 1 and 2.',
    ].join('\n');
    const draft = await readDraft(encode(text), 'contract.txt');
    const index = new DraftIndex(draft);
    const cited = (start: string) => index.citedBlocks(index.clauses.find((c) => c.sentence.text.startsWith(start))!).map((b) => draft.blocks[b].label);
    expect(cited('The Contractor may block')).toEqual(['11(2)']);
    // (A paragraph of another article named, or a list of paragraphs: read as before.)
    expect(cited('The blocking lasts')).not.toContain('11(2)');
  });

  it('reads a citation of a clause as reaching the paragraphs and table after it that have no number of their own', async () => {
    const text = [
      '# Supply Contract', '', '## 26. Cooperation', '', '26.1 The Agency shall discharge the obligations below within the periods shown.', '',
      '| Obligation of the Agency | Period |', '| --- | --- |', '| Supply the audit logs | 7 days |', '| Give access to the site | 14 days |', '',
      '26.2 Non-compliance with Clause 26.1 shall entitle the Firm to suspend the Solution.', '', '## 27. Fees', '', 'Fees are due monthly.',
    ].join('\n');
    const draft = await readDraft(encode(text), 'contract.md');
    const index = new DraftIndex(draft);
    const cited = index.citedBlocks(index.clauses.find((c) => c.sentence.text.startsWith('Non-compliance'))!).map((b) => draft.blocks[b].text);
    expect(cited).toEqual(['The Agency shall discharge the obligations below within the periods shown.', 'Obligation of the Agency | Period', 'Supply the audit logs | 7 days', 'Give access to the site | 14 days']);
  });

  it('reads a clause cited by its title as cited by its number', async () => {
    const text = [
      '# Data Licence', '', '**Section 11. Misuse Reporting and Transparency.**', '', '11.1 Vendor may report suspected misuse to any authority.', '',
      '## GT 9 - End-User Licence Terms', '', '9.1 Each end user shall accept the End-User Licence Terms.', '',
      '**Section 26. Public Statements.**', '', '26.1 This Section prevails over the Section entitled "Misuse Reporting and Transparency".', '',
      '26.2 The clause of the General Terms titled "End-User Licence Terms" does not apply to public bodies, nor does the section entitled "Fees".',
    ].join('\n');
    const draft = await readDraft(encode(text), 'licence.md');
    const index = new DraftIndex(draft);
    const cited = (start: string) => index.citedBlocks(index.clauses.find((c) => c.sentence.text.startsWith(start))!).map((b) => draft.blocks[b].label);
    expect(cited('This Section prevails')).toEqual(['11', '11.1']);
    // (A title no heading bears is left as written.)
    expect(cited('The clause of the General Terms')).toEqual(['9.1']);
    expect(index.clauses.find((c) => c.sentence.text.startsWith('The clause of the General Terms'))!.text).toContain('the section entitled "fees"');
  });

  it('reads "clauses 8.1 to 8.4" as each sub-clause between', async () => {
    const text = ['# Supply Agreement', '', '## 8. Authorisation', '', '8.1 First.', '', '8.2 Second.', '', '8.3 Third.', '', '8.4 Fourth.', '', '8.5 The Vendor waives clauses 8.1 to 8.3.', '', '## 9. Fees', '', '9.1 Fees.'].join('\n');
    const draft = await readDraft(encode(text), 'contract.md');
    const index = new DraftIndex(draft);
    expect(index.citedBlocks(index.clauses.find((c) => c.sentence.text.startsWith('The Vendor waives'))!).map((b) => draft.blocks[b].label)).toEqual(['8.1', '8.2', '8.3']);
  });

  it('resolves "paragraph 2" to the paragraph of the same article typed "(2)" into its text', async () => {
    const text = [
      '# Supply Contract', '', '## Article 2 - Price', '', '(1) The Purchaser shall pay the price in Annex 1.', '', '(2) The price includes delivery.', '',
      '## Article 11 - Blocking of the Systems', '', '(1) The Contractor may block the Systems where grounds under paragraph 2 exist.', '',
      '(2) Grounds exist where information indicates that the Systems are used contrary to Article 8 (Purposes of Use).', '',
      '(3) The blocking lasts until the examination under paragraph 2 of Article 12 is concluded.',
    ].join('\n');
    const draft = await readDraft(encode(text), 'contract.md');
    const index = new DraftIndex(draft);
    const cited = (start: string) => index.citedBlocks(index.clauses.find((c) => c.sentence.text.startsWith(start))!).map((b) => draft.blocks[b].text);
    expect(cited('(1) The Contractor may block')).toEqual(['(2) Grounds exist where information indicates that the Systems are used contrary to Article 8 (Purposes of Use).']);
    // (A paragraph of another article named: not this article's.)
    expect(cited('(3) The blocking lasts')).not.toContain('(2) Grounds exist where information indicates that the Systems are used contrary to Article 8 (Purposes of Use).');
  });

  it('resolves a bare citation within the numbering the citing text belongs to, where a bundle numbers twice', async () => {
    const text = [
      '1. Licence', '', '1.1 The Supplier grants the Customer a licence.', '',
      '2. Service levels', '', '2.1 Credits under Section 3 are the sole remedy.', '',
      '3. Credits', '', '3.1 A credit is 5% of the monthly fee.', '',
      'RESPONSIBLE USE POLICY', '',
      '1. Scope', '', '1.1 This Policy binds every Authorised User.', '',
      '2. Training', '', '2.1 Training under Section 3 is repeated every year.', '',
      '3. Courses', '', '3.1 Every Authorised User completes the human-rights course before access.', '',
      '4. Audit', '', '4.1 The Supplier may audit use under Section 3 of the Agreement.',
    ].join('\n');
    const draft = await readDraft(encode(text), 'bundle.txt');
    const index = new DraftIndex(draft);
    const cited = (start: string) => index.citedBlocks(index.clauses.find((c) => c.sentence.text.startsWith(start))!).map((b) => draft.blocks[b].text);
    expect(cited('Credits under Section 3')).toEqual(['Credits', 'A credit is 5% of the monthly fee.']);
    expect(cited('Training under Section 3')).toEqual(['Courses', 'Every Authorised User completes the human-rights course before access.']);
    // Named as another document's, a number may be in either.
    expect(cited('The Supplier may audit')).toHaveLength(4);
  });

  it('numbers a list that restarts inside another as Word does: the outer list goes on where it left off', async () => {
    // As pandoc and the docx library write nested lists: each run of sub-items is its own list
    // instance (a start override) on the same abstract list as the clauses around it.
    const level = (lvl: number, text: string) => ({ level: lvl, format: LevelFormat.DECIMAL, text, alignment: AlignmentType.LEFT });
    const item = (text: string, lvl: number, instance?: number) => new Paragraph({ text, numbering: { reference: 'list', level: lvl, ...(instance === undefined ? {} : { instance }) } });
    const doc = new Document({ numbering: { config: [{ reference: 'list', levels: [level(0, '%1.'), level(1, '%2.')] }] }, sections: [{ children: [
      item('Definitions', 0), item('Terms have their meaning.', 1, 1), item('Headings do not count.', 1, 1),
      item('Licence', 0), item('The Vendor grants a licence.', 1, 2), item('Suspension', 0),
    ] }] });
    const draft = await readDraft(new Uint8Array(await Packer.toBuffer(doc)), 'nested.docx');
    // What LibreOffice shows for this file: 1. (1. 2.) 2. (1.) 3.
    expect(draft.blocks.map((b) => b.label)).toEqual(['1', '1', '2', '2', '1', '3']);
  });

  it('finds terms defined by the list that follows them', async () => {
    const text = [
      '9. Each of the following is a Termination Event:', '', '(a) the System is used against a journalist;', '', '(b) the Licensee refuses an audit; or', '',
      '(c) the System is moved abroad.', '', '10. "Restricted Activity" means any of the following:', '', '(a) bulk collection; and', '', '(b) use for political ends.', '',
      '11. The following events shall constitute an "Insolvency Event":', '', '(a) a winding-up order.', '', '12. The Licensor may terminate on any Termination Event.',
    ].join('\n');
    const draft = await readDraft(encode(text), 'events.txt');
    const meaning = (term: string) => draft.definitions.find((d) => d.term === term)?.meaning;
    expect(meaning('Termination Event')).toBe('the System is used against a journalist; the Licensee refuses an audit; or the System is moved abroad.');
    expect(meaning('Restricted Activity')).toBe('any of the following: bulk collection; and use for political ends.');
    expect(meaning('Insolvency Event')).toBe('a winding-up order.');
    expect(draft.definitions.find((d) => d.term === 'Termination Event')?.usedIn).toHaveLength(1);
    // Misuse in the items makes the term a misuse trigger.
    expect(new DraftIndex(draft).misuseTerms).toContain('termination event');
  });

  it('labels the paragraphs of a clause in Latin-American drafting ("§1", "Sole Paragraph") with their clause', async () => {
    const text = [
      'CLAUSE SIXTH – SUPPORT', '', '6.1 The CONTRACTED PARTY provides updates.', '', '6.2 The CONTRACTED PARTY trains the operators:', '',
      '(a) before first use; and', '', '(b) every year.', '', '§1. Support may be withheld on any misuse.', '', '§ 2º The withholding is not a breach.', '',
      'CLAUSE SEVENTH – TERM', '', 'Sole Paragraph. The term is twelve months.', '', 'The parties refer to Clause 6 in any dispute about updates.',
    ].join('\n');
    const draft = await readDraft(encode(text), 'contrato.txt');
    const byText = (start: string) => draft.blocks.find((b) => b.text.startsWith(start))!;
    expect(byText('every year').label).toBe('6.2(b)');
    expect(byText('Support may be withheld').label).toBe('6, §1');
    expect(byText('The withholding').label).toBe('6, §2');
    expect(byText('The term is').label).toBe('7, sole paragraph');
    // Citing the clause cites its paragraphs.
    const index = new DraftIndex(draft);
    const citing = index.clauses.find((c) => c.sentence.text.startsWith('The parties refer'))!;
    expect(index.citedBlocks(citing).map((b) => draft.blocks[b].label)).toEqual(expect.arrayContaining(['6', '6.1', '6, §1', '6, §2']));
  });

  it('reads Special and General Conditions numbers ("SCC 18.1", "SC 14.2", "GCC 35.1") as clause numbers, and their citations', async () => {
    const text = ['SCC 18.1 The Contractor may suspend the System on any credible complaint of misuse.', '', 'SCC 18.2 The Purchaser shall not obstruct a suspension.', '', 'SC 14.2 If the Purchaser does not comply with SCC 18.2, the Contractor may terminate the Contract.', '', 'GCC 35.1 The Purchaser shall co-operate with any inquiry.'].join('\n');
    const draft = await readDraft(encode(text), 'conditions.md');
    const byText = (start: string) => draft.blocks.find((b) => b.text.startsWith(start))!;
    expect(byText('The Contractor may suspend').label).toBe('18.1');
    expect(byText('If the Purchaser').label).toBe('14.2');
    expect(byText('The Purchaser shall co-operate').label).toBe('35.1');
    const index = new DraftIndex(draft);
    const citing = index.clauses.find((c) => c.sentence.text.startsWith('If the Purchaser'))!;
    expect(index.citedBlocks(citing).map((b) => draft.blocks[b].label)).toEqual(['18.2']);
  });

  it('reads a bracketed article number ("Article (14): ...") as the article, and numbers its paragraphs under it', async () => {
    const text = ['## Article (14): Qualification of Operating Personnel', '', '1. The Contractor shall instruct the operators.', '', '2. No operator shall use the System before the instruction.', '', '## Article (15) Fees', '', '1. The fees are fixed.'].join('\n');
    const draft = await readDraft(encode(text), 'contract.md');
    const byText = (start: string) => draft.blocks.find((b) => b.text.startsWith(start))!;
    expect(byText('Qualification').label).toBe('14');
    expect(byText('No operator').label).toBe('14(2)');
    expect(byText('The fees').label).toBe('15(1)');
  });

  it('mends words broken across the lines of a text or PDF draft, and keeps the hyphen of a compound', async () => {
    const text = 'ARTICLE 9 - DATA\n\n9.3 Data shall not be shared with any other autho-\nrity without a re-\nport to the non-\nbinding forum or a third-\nparty auditor.';
    const draft = await readDraft(encode(text), 'wrapped.txt');
    expect(draft.blocks[0]).toMatchObject({ label: '9', text: 'DATA', isHeading: true });
    expect(draft.blocks[1].text).toBe('Data shall not be shared with any other authority without a report to the non-binding forum or a third-party auditor.');
    // A wrapped line that starts with "(a)" in mid-sentence stays in its paragraph; a list after a colon is split.
    const wrapped = await readDraft(encode('2.1 The Directorate shall not use the Platform against any person\n(a) for their opinions; or (b) because they are journalists.\n\n2.2 The Directorate shall:\n(a) keep logs; and\n(b) report misuse.'), 'wrapped.txt');
    expect(wrapped.blocks.map((b) => b.label)).toEqual(['2.1', '2.2', '2.2(a)', '2.2(b)']);
  });

  it('labels clauses inserted by amendment with a letter ("6A.6") and resolves citations of them', async () => {
    const text = [
      '6A. Investigations', '', '6A.1 The Customer shall cooperate with any investigation of suspected Misuse.', '',
      '6A.2 The Customer shall give the Supplier its usage logs within five (5) days of a request.', '',
      '12B.1(a) The Supplier may terminate this Agreement if the Customer fails to comply with clause 6A.2.', '',
      '7. Fees', '', '4G coverage is not guaranteed.',
    ].join('\n');
    const draft = await readDraft(encode(text), 'amended.txt');
    const byText = (start: string) => draft.blocks.find((b) => b.text.startsWith(start))!;
    expect(byText('The Customer shall give').label).toBe('6A.2');
    expect(byText('The Supplier may terminate').label).toBe('12B.1(a)');
    // Not every word of digits and a capital opening a paragraph is a clause number.
    expect(byText('4G coverage').label).toBeUndefined();
    // An exhibit's paragraphs numbered with a letter and a hyphen.
    const exhibit = await readDraft(encode('Exhibit B - Addendum\n\nB-5 Suspension. The Vendor may suspend.\n\nA-1.2 The Agency shall pay.\n\nE-2 is our form number.'), 'x.txt');
    expect(exhibit.blocks.map((b) => b.label)).toEqual([undefined, 'Exhibit B, paragraph B-5', 'Exhibit B, paragraph A-1.2', undefined]);
    // ... and with a dot: "S.4", "R.1" (not "U.S. export controls", nor "A.1 is the form's number").
    const rules = await readDraft(encode('Annex S - Security Rules\n\nS.4 Nothing in this Annex requires a permanent key.\n\nR.1 Sections 4.1 to 4.3 apply only in part.\n\nU.S. export controls apply.\n\nA.1 is the form number.'), 'x.txt');
    expect(rules.blocks.map((b) => b.label)).toEqual([undefined, 'Annex S, paragraph S.4', 'Annex S, paragraph R.1', undefined, undefined]);
    expect(rules.blocks[1].text).toBe('Nothing in this Annex requires a permanent key.');
    const index = new DraftIndex(draft);
    const citing = index.clauses.find((c) => c.sentence.text.startsWith('The Supplier may terminate'))!;
    expect(index.citedBlocks(citing).map((b) => draft.blocks[b].label)).toEqual(['6A.2']);
    expect(index.citing(index.clauses.find((c) => c.sentence.text.startsWith('The Customer shall give'))!)).toHaveLength(1);
  });

  it('reads Markdown headings with typed numbers and lettered lists', async () => {
    const md = '# Licence\n\n## 7. Suspension\n\n7.1 The Licensor may suspend access where:\n\n1. it suspects Misuse; or\n2. a court so orders.\n';
    const draft = await readDraft(encode(md), 'draft.md');
    expect(draft.blocks.map((b) => b.label)).toEqual([undefined, '7', '7.1', '7.1(a)', '7.1(b)']);
    expect(draft.sentences.some((s) => s.text.startsWith('The Licensor may suspend'))).toBe(true);
  });

  it('numbers a Markdown list that stands on its own as it shows (1, 2), and reads one after a lead-in as items', async () => {
    const labels = async (md: string) => (await readDraft(encode(md), 'draft.md')).blocks.map((b) => b.label);
    expect(await labels('# Annex 2: Terms\n\n1. The Supplier may suspend.\n2. The Supplier may terminate.')).toEqual([undefined, 'Annex 2, paragraph 1', 'Annex 2, paragraph 2']);
    expect(await labels('# Letter\n\n7. **Training**\n\nKestrel will train six officers.')).toEqual([undefined, '7', undefined]);
    expect(await labels('# Terms\n\nThe Supplier may terminate if:\n\n1. it suspects Misuse; or\n2. a court so orders.')).toEqual([undefined, undefined, '(a)', '(b)']);
  });

  it('reads "Term: meaning" under a definitions heading as a definition, and a colon elsewhere as nothing of the kind', async () => {
    const md = '## 1. Definitions and interpretation\n\n1.1 In this Agreement:\n\n**Licence Key**: the cryptographic key that activates the System for a Licence Year.\n\n**NIC**: the National Interception Centre of the Ministry, and no other body.\n\n## 2. Delivery\n\nNote: delivery is to the NIC facility.';
    const draft = await readDraft(encode(md), 'draft.md');
    expect(draft.definitions.map((d) => [d.term, d.meaning.slice(0, 30)])).toEqual([['Licence Key', 'the cryptographic key that act'], ['NIC', 'the National Interception Cent']]);
  });

  it('reads a Word table row as one block, its cells joined as a Markdown row is, placed at its first paragraph', async () => {
    const cell = (...texts: string[]) => new TableCell({ children: texts.map((t) => new Paragraph(t)) });
    const doc = new Document({ sections: [{ children: [
      new Paragraph('The issue of each new Key is conditional upon the following Conditions Precedent:'),
      new Table({ rows: [
        new TableRow({ children: [cell('No.'), cell('Condition Precedent'), cell('Evidence')] }),
        new TableRow({ children: [cell('CP1'), cell('The Licensee has complied with clauses 3 to 9.'), cell('Compliance certificate', 'signed by the Director')] }),
        new TableRow({ children: [cell(''), cell(''), cell('')] }),
      ] }),
      new Paragraph('The Licensor may waive any Condition Precedent.'),
    ] }] });
    const draft = await readDraft(new Uint8Array(await Packer.toBuffer(doc)), 'draft.docx');
    expect(draft.blocks.map((b) => b.text)).toEqual([
      'The issue of each new Key is conditional upon the following Conditions Precedent:',
      'No. | Condition Precedent | Evidence',
      'CP1 | The Licensee has complied with clauses 3 to 9. | Compliance certificate signed by the Director',
      'The Licensor may waive any Condition Precedent.',
    ]);
    // (Word counts every paragraph, those in cells too: the annotator finds the row by its first.)
    expect(draft.blocks.map((b) => b.paragraph)).toEqual([0, 1, 4, 11]);
  });

  it('calls a party named in an order form\'s role row by the first word of its name', async () => {
    const md = '| App | Wayline Tracker |\n| --- | --- |\n| Vendor | Nimbrel Tracking Ltd, Unit 4, Cork |\n| Purchaser | Harbour City Police Service |\n\n1. Nimbrel may withhold updates. Nimbrel may suspend access.\n\n2. Nimbrel may audit.';
    const draft = await readDraft(encode(md), 'draft.md');
    expect(draft.partyNames.seller).toContain('Nimbrel');
  });

  it('reads both names of a term defined as \'"A" or "B" means\'', async () => {
    const draft = await readDraft(encode('"End User Licence Terms" or "EULT" means the terms in Schedule 2.\n\n"Service", "Platform" means the hosted service.'), 'draft.md');
    expect(draft.definitions.map((d) => [d.term, d.meaning])).toEqual([['EULT', 'the terms in Schedule 2.'], ['End User Licence Terms', 'the terms in Schedule 2.'], ['Platform', 'the hosted service.'], ['Service', 'the hosted service.']]);
  });

  it('follows a citation of a range of lettered clauses, "Sections T2 to T4"', async () => {
    const md = 'T1.1 The System is licensed.\n\nT2.1 Use only by the LIMC.\n\nT3.1 No targeting of journalists.\n\nT4.1 Warrants from the High Court.\n\nT5.1 Records are kept.\n\nT6.1 The Director shall confirm compliance with Sections T2 to T4.';
    const draft = await readDraft(encode(md), 'draft.md');
    const index = new DraftIndex(draft);
    const citing = index.clauses.find((c) => c.text.includes('sections t2 to t4'))!;
    expect(index.citedBlocks(citing).map((b) => draft.blocks[b].label)).toEqual(['T2.1', 'T3.1', 'T4.1']);
  });

  it('names an annex numbered "No. 2" as Annex 2, and finds it when a clause cites "Annex No. 2"', async () => {
    const md = '1. The Principal shall comply with Annex No. 2.\n\n# Annex No. 2 – End-Use Obligations\n\n1. The Goods shall be used only by the Recipient.\n2. No transfer.';
    const draft = await readDraft(encode(md), 'draft.md');
    expect(draft.blocks.map((b) => b.label)).toEqual(['1', undefined, 'Annex 2, paragraph 1', 'Annex 2, paragraph 2']);
    const index = new DraftIndex(draft);
    expect(index.citedPartsText(index.clauses[0])).toContain('used only by the recipient');
  });

  it('reads a paragraph\'s run-in title as its heading, but not a recital letter, a numeral or an abbreviation', async () => {
    const headings = async (text: string) => (await readDraft(encode(text), 'draft.md')).blocks.map((b) => b.heading);
    expect(await headings('## 6. Using the Platform\n\n6.4 Tell us. If you become aware of misuse, you will tell us.\n\n6.5 You pay the fee.'))
      .toEqual(['Using the Platform', 'Using the Platform — Tell us', 'Using the Platform']);
    expect(await headings('# Terms\n\nA. Halden develops PRISM.\n\nMr. Lind signs for the Supplier.\n\nThe Supplier may suspend. The Customer shall pay.'))
      .toEqual(['Terms', 'Terms', 'Terms', 'Terms']);
  });

  it('reads clause lines typed one under another in one Markdown paragraph as clauses, under a numbered title with a full stop', async () => {
    const draft = await readDraft(encode('# Attachment B\n\n**8. Data.**\n8.1 Match records are deleted after 30 days.\n8.2 Access is restricted to named operators.\n\nThe rest of the licence.'), 'draft.md');
    expect(draft.blocks.map((b) => [b.label, b.isHeading, b.text])).toEqual([
      [undefined, true, 'Attachment B'],
      ['Attachment B, paragraph 8', true, 'Data.'],
      ['Attachment B, paragraph 8.1', false, 'Match records are deleted after 30 days.'],
      ['Attachment B, paragraph 8.2', false, 'Access is restricted to named operators.'],
      [undefined, false, 'The rest of the licence.'],
    ]);
    expect(draft.blocks[2].heading).toBe('Data');
  });

  it('reads a text line laid out in columns as a table row, never a numbered heading over the terms below it', async () => {
    const text = 'PURCHASE ORDER\n\nLINE   QTY   DESCRIPTION                         TOTAL\n1     24   Fixed camera, operator training        116,400.00\n2     1    Server software                         38,000.00\n\n1. DELIVERY. Delivery is F.O.B. destination.\n\n2. WARRANTY. Seller warrants the Goods.';
    const draft = await readDraft(encode(text), 'po.txt');
    expect(draft.blocks.filter((b) => b.isHeading).map((b) => b.text)).toEqual(['PURCHASE ORDER']);
    expect(draft.blocks.find((b) => b.text.includes('Fixed camera'))!.text).toBe('| 24 | Fixed camera, operator training | 116,400.00');
    expect(draft.blocks.find((b) => b.text.startsWith('WARRANTY'))!.heading).toBe('PURCHASE ORDER — WARRANTY');
  });

  it('reads two columns on lines that run together as a table, one line with a wide gap as text', async () => {
    const text = 'ORDER FORM\n\nOptional Clause    Selection\nHuman Rights Module (Annex 2, Part A)    [ ] included\nService Credits (Annex 2, Part B)    [x] included\n\nThe Customer shall pay    within 30 days of invoice.';
    const draft = await readDraft(encode(text), 'form.txt');
    expect(draft.blocks.map((b) => b.text)).toEqual(['ORDER FORM', 'Optional Clause | Selection', 'Human Rights Module (Annex 2, Part A) | [ ] included',
      'Service Credits (Annex 2, Part B) | [x] included', 'The Customer shall pay within 30 days of invoice.']);
  });

  it('reads "ARTICLE 4: DATA" and a capitals title with a dash as headings', async () => {
    const draft = await readDraft(encode('ARTICLE 4: DATA\n\n4.1 Data is deleted after 30 days.\n\nANNEX 2 \u2013 OPTIONAL CLAUSES\n\nPART A \u2013 HUMAN RIGHTS MODULE\n\nThe Customer shall respect human rights.'), 'x.txt');
    expect(draft.blocks.filter((b) => b.isHeading).map((b) => [b.label, b.text])).toEqual([['4', 'DATA'], [undefined, 'ANNEX 2 \u2013 OPTIONAL CLAUSES'], [undefined, 'PART A \u2013 HUMAN RIGHTS MODULE']]);
    expect(draft.blocks[1]).toMatchObject({ label: '4.1', heading: 'DATA' });
    expect(draft.blocks.at(-1)).toMatchObject({ heading: 'PART A \u2013 HUMAN RIGHTS MODULE', part: 'Annex 2' });
  });

  it('reads a numbered capitals title as a heading when a wrapped paragraph follows it, not a long capitals disclaimer', async () => {
    const text = '5. QUESTIONS ABOUT USE\nCustomers will respond to our reasonable questions about how\nthey are using the Service.\n\n6. TRAINING\nNobody receives a login without first completing the course.\n\n9.2 EXCEPT AS EXPRESSLY PROVIDED IN THIS AGREEMENT, THE SERVICE IS\nPROVIDED AS IS.';
    const draft = await readDraft(encode(text), 'x.txt');
    expect(draft.blocks.map((b) => [b.label, b.isHeading, b.text])).toEqual([
      ['5', true, 'QUESTIONS ABOUT USE'], [undefined, false, 'Customers will respond to our reasonable questions about how they are using the Service.'],
      ['6', true, 'TRAINING'], [undefined, false, 'Nobody receives a login without first completing the course.'],
      ['9.2', false, 'EXCEPT AS EXPRESSLY PROVIDED IN THIS AGREEMENT, THE SERVICE IS PROVIDED AS IS.']]);
  });

  it('reads numbered lines after a lead-in as its items, and numbered clauses as clauses', async () => {
    const text = '7.1 The Supplier may terminate if there is evidence of:\n\n1. Misuse;\n2. any other breach of the Human Rights Terms; or\n3. a refusal to cooperate.\n\nThe parties agree as follows:\n\n1. Definitions\n\n2. The Customer shall pay.';
    const draft = await readDraft(encode(text), 'x.txt');
    expect(draft.blocks.map((b) => [b.label, b.text])).toEqual([
      ['7.1', 'The Supplier may terminate if there is evidence of:'], ['7.1(a)', 'Misuse;'], ['7.1(b)', 'any other breach of the Human Rights Terms; or'], ['7.1(c)', 'a refusal to cooperate.'],
      [undefined, 'The parties agree as follows:'], ['1', 'Definitions'], ['2', 'The Customer shall pay.']]);
  });

  it('reads bulleted items (Markdown, plain text, Word bullets) as going on from the lead-in above them', async () => {
    const lead = 'The Licensee shall not:';
    const items = ['use the Product to target journalists or lawyers;', 'transfer the Product to any third party.'];
    const bulletDocx = async () => {
      const doc = new Document({
        numbering: { config: [{ reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT }] }] },
        sections: [{ children: [new Paragraph(lead), ...items.map((text) => new Paragraph({ text, numbering: { reference: 'dots', level: 0 } })), new Paragraph('The Licensee shall pay the Fees.')] }],
      });
      return new Uint8Array(await Packer.toBuffer(doc));
    };
    const drafts = [
      await readDraft(encode(`${lead}\n\n- ${items[0]}\n- ${items[1]}\n\nThe Licensee shall pay the Fees.`), 'draft.md'),
      // (A wrapped bullet line goes on in its item; "- 3 -", a page number, is no bullet.)
      await readDraft(encode(`${lead}\n\u2022 use the Product to target\njournalists or lawyers;\n\u2022 ${items[1]}\n\n- 3 -\n\nThe Licensee shall pay the Fees.`), 'draft.txt'),
      await readDraft(await bulletDocx(), 'draft.docx'),
    ];
    for (const draft of drafts) {
      const bullets = draft.blocks.filter((b) => b.bullet).map((b) => b.text);
      expect(bullets, draft.file).toEqual(items);
      const index = new DraftIndex(draft);
      const item = index.clauses.find((c) => c.sentence.text.startsWith('use the Product'))!;
      expect(item.text, draft.file).toBe('the licensee shall not use the product to target journalists or lawyers;');
      expect(index.clauses.find((c) => c.sentence.text.includes('pay the Fees'))!.block, draft.file).not.toContain('journalists');
    }
  });

  it('keeps a wrapped line that goes on with inline items in its paragraph, and a list item on its own line apart', async () => {
    const inline = await readDraft(encode('B-2 The Agency shall not use the Products: (a) against journalists; (b) to\nidentify sources;\n(c) for bulk extraction.'), 'x.txt');
    expect(inline.blocks.map((b) => b.text)).toEqual(['The Agency shall not use the Products: (a) against journalists; (b) to identify sources; (c) for bulk extraction.']);
    const list = await readDraft(encode('4.1 The Agency shall not:\n(a) target journalists;\n(b) run bulk searches.'), 'x.txt');
    expect(list.blocks.map((b) => b.label)).toEqual(['4.1', '4.1(a)', '4.1(b)']);
  });

  it('reads the quoted lines of an e-mail as the clauses they quote', async () => {
    const draft = await readDraft(encode('Dear Counsel,\n\nWe propose this text for clause 14:\n\n> 14.1 The Licensor may terminate\n> on notice.\n>\n> 14.2 The Licensee shall cooperate.'), 'mail.txt');
    expect(draft.blocks.map((b) => [b.label, b.text])).toEqual([[undefined, 'Dear Counsel,'], [undefined, 'We propose this text for clause 14:'], ['14.1', 'The Licensor may terminate on notice.'], ['14.2', 'The Licensee shall cooperate.']]);
  });

  it('does not end a sentence at "e.g.", "Ltd." or "12.3"', async () => {
    const draft = await readDraft(encode('Acme Ltd. may, e.g. under clause 12.3, suspend the System. The Customer shall cooperate.'), 'x.txt');
    expect(draft.sentences.map((s) => s.text)).toEqual(['Acme Ltd. may, e.g. under clause 12.3, suspend the System.', 'The Customer shall cooperate.']);
  });

  it('reads a duty table\'s rows as owed by the party in its "Responsible party" column, and a row owed by both as it stands', async () => {
    const table = '| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| Take corrective action | Customer | Within 10 days |\n| Review the plan | Supplier and Customer | Within 30 days |';
    const index = new DraftIndex(await readDraft(encode(table), 'x.md'));
    expect(index.clauses.map((c) => c.text)).toEqual(['obligation | responsible party | timing', 'customer shall take corrective action | customer | within 10 days', 'review the plan | supplier and customer | within 30 days']);
  });

  it('reads "Clause 11 (Training) is deleted" as an amendment citing clause 11, not as clause 11', async () => {
    const index = new DraftIndex(await readDraft(encode('## 11. Training\n\nThe Customer shall train its operators.\n\n## 32. Variation\n\nClause 11 (Training) is deleted.'), 'x.md'));
    expect(index.draft.blocks.at(-1)!.label).toBeUndefined();
    expect(index.clauses.find((c) => c.text.includes('train its operators'))!.struck).toBe(true);
  });

  it('reads "Clause 6 of the Licence Agreement shall have no force or effect" as citing clause 6 of that agreement', async () => {
    const index = new DraftIndex(await readDraft(encode('## 6. Legal Authorisation\n\n6.1 The Licensee shall obtain a warrant before each interception.\n\n**Letter Agreement**\n\nClause 6 of the Licence Agreement shall have no force or effect, and the Licensee may operate the Platform without any authorisation.'), 'x.md'));
    expect(index.draft.blocks.at(-1)!.label).toBeUndefined();
    expect(index.clauses.find((c) => c.text.includes('obtain a warrant'))!.struck).toBe(true);
  });

  it('reads a clause disapplied in a clause of its own after ", and", or as having "no application"', async () => {
    const text = '## 12. Reporting Line\n\n12.1 The Vendor operates a reporting line open to any person.\n\n## Annex S - Security Rules\n\nS.4 Personnel shall raise concerns only through the chain of command. Outside channels are excluded for all matters, and clause 12 shall have no application to the Agency.';
    const index = new DraftIndex(await readDraft(encode(text), 'x.md'));
    expect(index.clauses.find((c) => c.text.includes('reporting line open'))!.struck).toBe(true);
    // (Not a clause merely listed after "and": what conflicts "with clause 4 and clause 12" is void, not clause 12.)
    const listed = new DraftIndex(await readDraft(encode(text.replace(', and clause 12 shall have no application to the Agency', '; any instruction inconsistent with clause 4 and clause 12 shall be void')), 'x.md'));
    expect(listed.clauses.find((c) => c.text.includes('reporting line open'))!.struck).toBe(false);
  });

  it('reads "Annexure-F" as a part of its own: an amendment striking its paragraph 6 leaves clause 6 of the agreement', async () => {
    const text = '6. Training\n\n6.1 The Supplier shall train every operator before access.\n\n7. Conditions\n\n7.1 The Supplier shall not suspend the Platform, and paragraph 6 of Annexure-F shall not apply.\n\nANNEXURE-F - RESPONSIBLE USE TERMS\n\n6. Suspension. The Supplier may suspend access to the Platform on a credible complaint of misuse.';
    const index = new DraftIndex(await readDraft(encode(text), 'x.txt'));
    expect(index.clauses.find((c) => c.text.includes('train every operator'))!.struck).toBe(false);
    const suspension = index.clauses.find((c) => c.text.includes('credible complaint'))!;
    expect(suspension.struck).toBe(true);
    expect(index.draft.blocks[suspension.sentence.block].label).toBe('Annexure F, paragraph 6');
    // (An annexure the draft does not hold strikes nothing, rather than every paragraph so numbered.)
    const absent = new DraftIndex(await readDraft(encode(text.replace(/ANNEXURE-F[\s\S]*$/, '')), 'x.txt'));
    expect(absent.clauses.find((c) => c.text.includes('train every operator'))!.struck).toBe(false);
  });

  it('looks for a number cited in a schedule first among that schedule\'s own paragraphs', async () => {
    const text = '4. Payment\n\nThe Customer shall pay the Fees.\n\nSchedule 2 - End User Terms\n\n4. You shall not target journalists.\n\n5. You shall complete a course covering Section 4.';
    const index = new DraftIndex(await readDraft(encode(text), 'x.txt'));
    const course = index.clauses.find((c) => c.text.includes('course'))!;
    expect(index.referencedText(course)).toContain('journalists');
    expect(index.referencedText(course)).not.toContain('fees');
  });
});

describe('tick boxes in Word forms', () => {
  const run = (inner: string) => `<w:p><w:r>${inner}</w:r><w:r><w:t xml:space="preserve"> We will not use the System against journalists.</w:t></w:r></w:p>`;
  const field = (box: string) => `<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/>${box}</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> We will report suspected misuse.</w:t></w:r></w:p>`;

  it('reads a symbol from Wingdings or Wingdings 2 as the box it shows', () => {
    expect(paragraphText(run('<w:sym w:font="Wingdings" w:char="F0FE"/>'))).toBe('\u2612 We will not use the System against journalists.');
    expect(paragraphText(run('<w:sym w:font="Wingdings" w:char="F0A8"/>'))).toBe('\u2610 We will not use the System against journalists.');
    expect(paragraphText(run('<w:sym w:font="Wingdings 2" w:char="F054"/>'))).toBe('\u2612 We will not use the System against journalists.');
    // (Any other symbol is no box.)
    expect(paragraphText(run('<w:sym w:font="Symbol" w:char="F0B7"/>'))).toBe(' We will not use the System against journalists.');
  });

  it('reads a legacy check-box form field as ticked or empty', () => {
    expect(paragraphText(field('<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked/></w:checkBox>'))).toBe('\u2612 We will report suspected misuse.');
    expect(paragraphText(field('<w:checkBox><w:sizeAuto/><w:default w:val="1"/></w:checkBox>'))).toBe('\u2612 We will report suspected misuse.');
    expect(paragraphText(field('<w:checkBox><w:sizeAuto/><w:default w:val="1"/><w:checked w:val="0"/></w:checkBox>'))).toBe('\u2610 We will report suspected misuse.');
    expect(paragraphText(field('<w:checkBox/>'))).toBe('\u2610 We will report suspected misuse.');
  });

  it('leaves an unticked undertaking of a Word form out of the check', async () => {
    const form = (box: string) => {
      const body = [run('<w:sym w:font="Wingdings" w:char="F0FE"/>'), field('<w:checkBox><w:default w:val="0"/></w:checkBox>'),
        `<w:p><w:r>${box}<w:t xml:space="preserve"> The Customer shall notify the Supplier in writing within 48 hours of becoming aware of any suspected misuse of the System.</w:t></w:r></w:p>`].join('');
      const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
      return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
    };
    const notification = async (box: string) => checkDraft(await readDraft(form(box), 'undertaking.docx')).findings.find((f) => f.safeguard === 'misuse-notification')?.status;
    expect(await notification('<w:sym w:font="Wingdings" w:char="F0A8"/>')).toBe('missing');
    expect(await notification('<w:sym w:font="Wingdings" w:char="F0FE"/>')).toBe('present');
  });
});

describe('text struck through by hand or hidden', () => {
  const runs = (...parts: string[]) => `<w:p>${parts.join('')}</w:p>`;
  const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

  it('drops DOCX runs struck through once or twice, or hidden, and keeps a strike turned off', () => {
    expect(paragraphText(runs(run('The Supplier may suspend access '), run('only after a final judgment', '<w:strike/>'), run(' on suspicion of misuse.')))).toBe('The Supplier may suspend access  on suspicion of misuse.');
    expect(paragraphText(runs(run('Notice of '), run('ninety', '<w:b/><w:dstrike/>'), run('two days.')))).toBe('Notice of two days.');
    expect(paragraphText(runs(run('Visible.'), run(' Secret words.', '<w:vanish/>')))).toBe('Visible.');
    expect(paragraphText(runs(run('Kept', '<w:strike w:val="0"/>'), run(' too.', '<w:strike w:val="false"/>')))).toBe('Kept too.');
  });

  it('drops Markdown text between double tildes, within a paragraph only', async () => {
    const draft = await readDraft(new TextEncoder().encode('9.1 The Supplier may suspend the Licence ~~only after a final court judgment~~ immediately on suspicion of Misuse.\n\nPrices are in ~~euro\n\nor~~ dollars.'), 'redline.md');
    expect(draft.blocks.map((b) => b.text)).toEqual(['The Supplier may suspend the Licence immediately on suspicion of Misuse.', 'Prices are in ~~euro', 'or~~ dollars.']);
  });

  it('grades a redline as it would read with the strikes accepted', async () => {
    const text = "6.1 The Supplier may~~, after giving ninety (90) days' written notice,~~ suspend the Licence immediately, without notice, on receiving a credible complaint of Misuse, until its investigation is complete.";
    const findings = checkDraft(await readDraft(new TextEncoder().encode(text), 'redline.md')).findings;
    expect(findings.find((f) => f.safeguard === 'suspension-remote-disable')?.status).toBe('present');
    const unstruck = checkDraft(await readDraft(new TextEncoder().encode(text.replace(/~~/g, '')), 'clean.md')).findings;
    expect(unstruck.find((f) => f.safeguard === 'suspension-remote-disable')?.status).toBe('weak');
  });
});

describe('a table typed with pipes in a text file', () => {
  it('reads a row per line, drops the rule line, and leaves a pipe inside a sentence alone', async () => {
    const text = 'OBLIGATIONS:\n\n| Obligation | Party |\n|---|:---:|\n| Notify misuse within 48 hours | Customer |\n| Deliver updates | Supplier |\n\nFees are payable monthly | quarterly as the Order states.';
    const draft = await readDraft(new TextEncoder().encode(text), 'terms.txt');
    expect(draft.blocks.map((b) => b.text)).toEqual(['OBLIGATIONS:', 'Obligation | Party', 'Notify misuse within 48 hours | Customer', 'Deliver updates | Supplier', 'Fees are payable monthly | quarterly as the Order states.']);
  });
});

describe('articles numbered in Roman numerals', () => {
  const draft = (amendment: string) => [
    '# Licence Agreement', '', '## ARTICLE IV – USE', '', '4.1 The Customer shall use the System only for the investigation of serious crime.', '',
    '## ARTICLE VII – SUSPENSION', '',
    '7.1 The Supplier may suspend the Licence immediately, without notice, on receiving a credible complaint of Misuse, until its investigation is complete.', '',
    '## ARTICLE XII – AMENDMENTS', '', amendment,
  ].join('\n');

  it('labels the article with its number and resolves citations of it', async () => {
    const read = await readDraft(new TextEncoder().encode(draft('12.1 Article VII applies notwithstanding Article IV.')), 'licence.md');
    expect(read.blocks.filter((b) => b.isHeading).map((b) => b.label)).toEqual([undefined, '4', '7', '12']);
    const index = new DraftIndex(read);
    const citing = index.clauses.find((c) => c.text.includes('applies notwithstanding'))!;
    expect(index.citedBlocks(citing).map((b) => read.blocks[b].label)).toEqual(expect.arrayContaining(['7', '7.1', '4', '4.1']));
  });

  it('reads "Article VII is deleted" as deleting that article', async () => {
    const status = async (amendment: string) => checkDraft(await readDraft(new TextEncoder().encode(draft(amendment)), 'licence.md')).findings.find((f) => f.safeguard === 'suspension-remote-disable')?.status;
    expect(await status('12.1 The parties may amend this Agreement in writing.')).toBe('present');
    expect(await status('12.1 Article VII is deleted in its entirety.')).toBe('missing');
  });
});

describe('a table of definitions', () => {
  const draft = (heading: string, header: string, rows: string[]) => [`# ${heading}`, '', header, '| --- | --- |', ...rows, '', '# Fees', '', '| Item | Price |', '| --- | --- |', '| Licence | 100 |'].join('\n');

  it('reads each row as a term and its meaning, under a Term | Meaning header or a Definitions heading', async () => {
    const rows = ['| Misuse | any use of the System against journalists |', '| "Serious Crime" | means an offence punishable by four years |'];
    for (const [heading, header] of [['Schedule 1', '| Term | Meaning |'], ['Definitions', '| Expression | Definition |'], ['1. Interpretation', '| Word | Sense |']]) {
      const read = await readDraft(new TextEncoder().encode(draft(heading, header, rows)), 'terms.md');
      expect(read.definitions.map((d) => [d.term, d.meaning])).toEqual([['Misuse', 'any use of the System against journalists'], ['Serious Crime', 'an offence punishable by four years']]);
    }
  });

  it('lets a term defined in the table carry the safeguard', async () => {
    const terms = (row: string) => ['# Schedule 1 – Definitions', '', '| Term | Meaning |', '| --- | --- |', row, '', '# 4. Use', '', '4.1 The Customer shall not use the System for any Prohibited Use.'].join('\n');
    const status = async (row: string) => checkDraft(await readDraft(new TextEncoder().encode(terms(row)), 'x.md')).findings.find((f) => f.safeguard === 'use-restrictions')?.status;
    expect(await status('| Prohibited Use | any use of the System against a journalist, lawyer, human-rights defender or political opponent; against any person for exercising freedom of expression, assembly or association; or for bulk or untargeted surveillance |')).toBe('present');
    expect(await status('| Fees | the sums in Schedule 2 |')).toBe('weak');
  });
});

describe('terms defined without quotes', () => {
  it('reads a Title Case term that opens its paragraph with "means", as Word drafts show a bold term', async () => {
    const md = '# 1. Definitions\n\n1.1 **Misuse** means any use of the System against journalists.\n\n1.2 Serious Crime shall mean an offence punishable by four years.\n\n1.3 Rule of Law Standards means the standards in Schedule 4.\n\n1.4 The Customer means the Ministry.\n\n1.5 This clause means nothing to the parties.';
    const read = await readDraft(new TextEncoder().encode(md), 'd.md');
    expect(read.definitions.map((d) => d.term)).toEqual(['Misuse', 'Serious Crime', 'Rule of Law Standards']);
    expect(read.definitions[0].meaning).toBe('any use of the System against journalists.');
  });
});

describe('licence conditions and subclauses cited by number', () => {
  const licence = (amendment: string) => [
    '# Export Licence Conditions', '', '## CONDITION 7 – SUSPENSION', '',
    '7.1 The Supplier may suspend the Licence immediately, without notice, on receiving a credible complaint of Misuse, until its investigation is complete.', '',
    '## CONDITION 12 – VARIATION', '', amendment,
  ].join('\n');
  const status = async (amendment: string) => checkDraft(await readDraft(new TextEncoder().encode(licence(amendment)), 'conditions.md')).findings.find((f) => f.safeguard === 'suspension-remote-disable')?.status;

  it('labels a condition with its number and reads its deletion', async () => {
    expect(await status('12.1 The Authority may vary these Conditions by notice.')).toBe('present');
    expect(await status('12.1 Condition 7 is deleted.')).toBe('missing');
    expect(await status('12.1 Subclause 7.1 is deleted.')).toBe('missing');
  });
});

describe('footnotes and endnotes in a Word draft', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const docx = (note: string) => zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(`<w:document ${W}><w:body><w:p><w:r><w:t xml:space="preserve">6.1 The Supplier may suspend the Licence immediately, without notice, on receiving a credible complaint of Misuse, until its investigation is complete.</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="2"/></w:r></w:p></w:body></w:document>`),
    'word/footnotes.xml': strToU8(`<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${note}</w:t></w:r></w:p></w:footnote></w:footnotes>`),
  });

  it('reads a note where its mark stands, so its qualifier qualifies the clause', async () => {
    const read = await readDraft(docx('Only after a final judgment of the courts of the Customer.'), 'licence.docx');
    expect(read.blocks[0].text).toMatch(/until its investigation is complete \(note: Only after a final judgment of the courts of the Customer\)\.$/);
    const status = async (note: string) => checkDraft(await readDraft(docx(note), 'licence.docx')).findings.find((f) => f.safeguard === 'suspension-remote-disable')?.status;
    expect(await status('See the Operations Manual for the procedure.')).toBe('present');
    expect(await status('Any suspension requires the prior written consent of the Customer.')).toBe('weak');
  });
});

describe('terms named in brackets without quotes', () => {
  it('reads "(the Permitted Purpose)" and "(hereinafter the Authority)" as defined terms, not "(United Kingdom)" or "(Annex 2)"', async () => {
    const md = 'This Agreement is made with the Ministry of Interior of Ostrana (hereinafter the Authority).\n\n1. The investigation of terrorism and organised crime (the Permitted Purpose) is the only use allowed.\n\n2. Data stays in London (United Kingdom), as Annex 2 (Annex 2) says.';
    const read = await readDraft(new TextEncoder().encode(md), 'd.md');
    expect(read.definitions.map((d) => [d.term, d.meaning])).toEqual([
      ['Authority', 'This Agreement is made with the Ministry of Interior of Ostrana'],
      ['Permitted Purpose', 'The investigation of terrorism and organised crime'],
    ]);
  });
});

describe('titles set in bold, without heading styles or marks', () => {
  it('reads a short bold line of Markdown as a heading, and not a bold lead-in or a bold word in a sentence', async () => {
    const md = '**Suspension**\n\n6.1 The Supplier may suspend the Licence.\n\n**The Customer shall:**\n\n**Misuse** is any use against journalists.';
    const read = await readDraft(new TextEncoder().encode(md), 'd.md');
    expect(read.blocks.map((b) => [b.text, b.isHeading])).toEqual([['Suspension', true], ['The Supplier may suspend the Licence.', false], ['The Customer shall:', false], ['Misuse is any use against journalists.', false]]);
    expect(read.blocks[1].heading).toBe('Suspension');
  });

  it('reads a short DOCX paragraph whose every run is bold as a heading', async () => {
    const p = (runs: string) => `<w:p>${runs}</w:p>`;
    const r = (text: string, bold: boolean) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body = [p(r('Human Rights ', true) + r('Training', true)), p(r('Each operator shall complete a course on human rights.', false)),
      p(r('Misuse', true) + r(' means any use against journalists.', false)), p(r('Fees and payment', false))].join('');
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    const read = await readDraft(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }), 'd.docx');
    expect(read.blocks.map((b) => b.isHeading)).toEqual([true, false, false, false]);
    expect(read.blocks[1].heading).toBe('Human Rights Training');
  });
});

describe('Arabic-style numbering: "Article (8) - Title", paragraphs "8/1", citations "Articles (5) and (6)"', () => {
  const text = [
    'SUPPLY AND LICENCE CONTRACT', '', 'PREAMBLE', 'Whereas the Ministry wishes to acquire a location platform;', '',
    'Article (5) - Restrictions on Use',
    '5/1 The Ministry shall not use the Platform to follow persons by reason of their lawful exercise of freedom of expression or assembly, or to follow journalists or lawyers.',
    '5/2 The Platform is configured for not more than fifty numbers followed at the same time.', '',
    'Article (15) - Periodic Certificate',
    '15/1 The Ministry shall deliver to the Vendor, every six (6) months, a certificate signed by the Director confirming compliance with Articles (5) and (6).',
  ].join('\n');

  it('reads the article line as a heading and each slash-numbered paragraph as its own block', async () => {
    const read = await readDraft(new TextEncoder().encode(text), 'contract.txt');
    expect(read.blocks.filter((b) => b.isHeading && b.label).map((b) => [b.label, b.text])).toEqual([['5', 'Restrictions on Use'], ['15', 'Periodic Certificate']]);
    expect(read.blocks.filter((b) => !b.isHeading && b.label).map((b) => [b.label, b.heading])).toEqual([['5/1', 'Restrictions on Use'], ['5/2', 'Restrictions on Use'], ['15/1', 'Periodic Certificate']]);
  });

  it('resolves a citation of bracketed article numbers to the article and its paragraphs', async () => {
    const read = await readDraft(new TextEncoder().encode(text), 'contract.txt');
    const index = new DraftIndex(read);
    const citing = index.clauses.find((c) => c.text.includes('confirming compliance'))!;
    expect(index.citedBlocks(citing).map((b) => read.blocks[b].label)).toEqual(expect.arrayContaining(['5/1', '5/2']));
  });
});

describe('typed labels: an article paragraph closed by a stop, "Article 9(1).", and a section mark before a dotted number, "§ 8.2"', () => {
  const text = [
    'CONTRACT FOR ANALYTICS SERVICES', '',
    'Article 9(1). The Ministry shall not operate the System in respect of any person without a prior order of an independent court.',
    'Article 9(2). The Ministry shall keep a register of each order under Article 9(1).', '',
    '§ 8.2 The Bureau shall not use the Software against any journalist.',
    '§ 4(b) Use of the Software for any other purpose is prohibited.',
  ].join('\n');

  it('reads each as the label a lawyer cites', async () => {
    const read = await readDraft(new TextEncoder().encode(text), 'contract.txt');
    expect(read.blocks.filter((b) => b.label).map((b) => [b.label, b.text.slice(0, 12)])).toEqual([
      ['9(1)', 'The Ministry'], ['9(2)', 'The Ministry'], ['8.2', 'The Bureau s'], ['4(b)', 'Use of the S'],
    ]);
  });

  it('resolves a citation of the paragraph to its block', async () => {
    const read = await readDraft(new TextEncoder().encode(text), 'contract.txt');
    const index = new DraftIndex(read);
    const citing = index.clauses.find((c) => c.text.includes('register of each order'))!;
    expect(index.citedBlocks(citing).map((b) => read.blocks[b].label)).toEqual(['9(1)']);
  });
});
