// The extractor on small texts: which entities it names, how it resolves them, and which relations it reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { GraphDocument } from '../../src/schema/graph-document.js';
import type { GraphNode } from '../../src/schema/graph-document.js';

function extract(body: string, title = 'Headline') {
  return extractArticle({ id: 'test', title, text: `${title}\n${body}\n`, source: 'test.txt' });
}

function names(doc: GraphDocument, label: GraphNode['label']): string[] {
  return doc.nodes.filter((n) => n.label === label).map((n) => n.name).sort();
}

function triples(doc: GraphDocument, type: string): string[] {
  const name = new Map(doc.nodes.map((n) => [n.id, n.label === 'Article' ? '@article' : n.name]));
  const symmetric = type === 'MET_WITH' || type === 'TRADES_WITH';
  return doc.edges
    .filter((e) => e.type === type)
    .map((e) => {
      const ends = [name.get(e.source)!, name.get(e.target)!];
      if (symmetric) ends.sort();
      return `${ends[0]} -> ${ends[1]}`;
    })
    .sort();
}

describe('entities', () => {
  it.each([
    ['President Emmanuel Macron arrived in Berlin on Monday.', 'Person', ['Emmanuel Macron']],
    ['Officials from Kenya and Tanzania met in Nairobi.', 'Country', ['Kenya', 'Tanzania']],
    ['Officials from the UAE and the DRC met.', 'Country', ['DR Congo', 'United Arab Emirates']],
    ['Officials from Kenya and Tanzania met in Nairobi.', 'City', ['Nairobi']],
    ['The Asian Development Bank said growth would slow.', 'Organization', ['Asian Development Bank']],
    ['"It should help," said Ana Silva, chief economist with Eaton Vance Management. The Office of Management and Budget agreed.', 'Organization', ['Eaton Vance Management', 'Office of Management and Budget']],
    ['Researchers at Kyoto University and the Ministry of Finance disagreed.', 'Organization', ['Kyoto University', 'Ministry of Finance']],
    ['Chinese officials spoke.', 'Country', []],
    ['Instead Rui Costa, who arrived on Monday, met Ana Silva.', 'Person', ['Ana Silva', 'Rui Costa']],
    ['Prime Minister KR Talvo met Ana Silva. Chairman GDS Data said so.', 'Person', ['Ana Silva', 'KR Talvo']],
    ['Ana Silva met Khalid bin Tariq al Qasimi and Dr. Sultan bin Omar Al Rashid in Doha.', 'Person', ['Ana Silva', 'Khalid bin Tariq al Qasimi', 'Sultan bin Omar Al Rashid']],
    ['Ana Silva met the Amir, Sheikh Sabah Al-Hamad Al-Nasser, in Kuwait.', 'Person', ['Ana Silva', 'Sabah Al-Hamad Al-Nasser']],
    ['Ana Silva met the Amir, Sheikh Sabah Al-Hamad Al-Nasser, in Kuwait.', 'Region', []],
    ['Sheikh Tariq bin Omar Al Rashid arrived. He brought Sheikh Hamdan bin Tariq bin Omar Al Rashid.', 'Person', ['Hamdan bin Tariq bin Omar Al Rashid', 'Tariq bin Omar Al Rashid']],
    ["Despite Washington's warning, the firm went ahead.", 'Person', []],
    ['Ana Silva moved her posts to LinkedIn and Instagram.', 'Organization', ['Instagram', 'LinkedIn']],
    // A company's one-word name after a known given name is a family name.
    ['Honda grew. Paulo Honda, an economist, said so.', 'Person', ['Paulo Honda']],
    // A dateline glued to the story's first name: two cities in capitals, or a city in title case before a known body.
    ['LISBON/NEW DELHI Zentrix Inc said on Monday it would grow.', 'City', ['Lisbon', 'New Delhi']],
    ['LISBON/NEW DELHI Zentrix Inc said on Monday it would grow.', 'Organization', ['Zentrix Inc']],
    ['Lisbon Toyota Motor Corp (7203.T) said it would build a plant with Zentrix Inc on Monday.', 'Organization', ['Toyota', 'Zentrix Inc']],
    ['Rivals such as Zentrix Inc (ZNX.O) and Qarsa Corp (QRS_p.DE) moved in.', 'Organization', ['Qarsa Corp', 'Zentrix Inc']],
    ['Zorvian envoy Rui Costa Monday said talks would resume.', 'Person', ['Rui Costa']],
    ['Prices are set under the Zorvia Coffee Agreement, ZCA, the group said. ZCA members agreed.', 'Organization', []],
    ['The group kept its hotels, Zentrix Rock and Qarsa Films. Ana Silva of Barros and Nunes spoke.', 'Organization', ['Barros and Nunes', 'Qarsa Films']],
    ['Rui Costa, general secretary of the Brovanek Worker\'s Union, spoke. Ana Silva runs Qarsa Films and Zentrix Publishing.', 'Organization', ["Brovanek Worker's Union", 'Qarsa Films', 'Zentrix Publishing']],
    ['Its port, Zorvia, with help and consultancy from abroad, will grow.', 'Organization', []],
    ['Tests raised tension on the Korean peninsula.', 'Region', ['Korean Peninsula']],
    // An honorific of several words is passed over whole; a portfolio's list with a comma, or a country's secretary's, is no body.
    ['Minister of Investment, Trade and Industry Datuk Seri Rui Costa said so. Tan Sri Paulo Reis agreed.', 'Person', ['Paulo Reis', 'Rui Costa']],
    ['Minister of Investment, Trade and Industry Rui Costa met US Secretary of Health and Human Services Ana Silva.', 'Organization', []],
    ['Minister for Foreign Affairs Rui Costa met Ana Silva, Cabinet Secretary for Trade and Industry.', 'Organization', []],
    // Names with letters beyond Latin-1 are read whole; a letter with its own stroke folds to its plain letter.
    ['Recep Tayyip Erdoğan met Maroš Šefčovič and Phạm Minh Chính.', 'Person', ['Maroš Šefčovič', 'Phạm Minh Chính', 'Recep Tayyip Erdoğan']],
    ['HÀ NỘI — Officials from Đà Nẵng and Łódź met.', 'City', ['Da Nang', 'Hanoi', 'Lodz']],
    ['Dar es Salaam. Officials from Kenya flew on to Rio de Janeiro.', 'City', ['Dar es Salaam', 'Rio de Janeiro']],
    ['L4 autonomous driving is being tested in the Guangxi Zhuang autonomous region.', 'Region', ['Guangxi Zhuang Autonomous Region']],
    ['The author wrote for China Watch, a think tank.', 'Organization', ['China Watch']],
    ['Prices dipped, the Office of the Deputy Prime Minister (ODPM) has said. The ODPM said more.', 'Organization', ['Office of the Deputy Prime Minister']],
    // A photo credit names a photographer, not a body.
    ['Guests pose on Tuesday. ZHAI XIAOXUE/FOR CHINA DAILY', 'Organization', ['China Daily']],
    // Car makers are bodies, and a brand's first word elsewhere is the brand, not a town of that name.
    ['Fiat may list Alfa Romeo. Mercedes Benz said so. It is to close the Mercedes factory in Sindelfingen.', 'Organization', ['Alfa Romeo', 'Fiat', 'Mercedes-Benz Group']],
    ['Fiat may list Alfa Romeo. Mercedes Benz said so. It is to close the Mercedes factory in Sindelfingen.', 'City', ['Sindelfingen']],
    // Two initials before a surname are a person's, not a body's acronym.
    ['The businessmen JP McAllister and Ana Silva said so.', 'Person', ['Ana Silva', 'JP McAllister']],
    // A possessive inside a name stays in it.
    ["The People's Bank of China and People's Daily reported on the National People's Congress.", 'Organization', ["National People's Congress", "People's Bank of China", "People's Daily"]],
    // A body whose whole name is a possessive keeps it, whatever follows; a person's name before it is no body.
    ["Moody's and Fitch rated the bonds. Moody's said so. Ana Silva said Tiago Moody's plan failed.", 'Organization', ['Fitch Ratings', "Moody's"]],
    // An acronym glossed by words in lower case is a thing's, not a body's.
    ['Firms used zonal demand pricing, or ZDP, to sell. ZDP worked. QRE, or quantum relay exchange, is a platform.', 'Organization', []],
    // A one-word place after a possessive and a relative noun is the relative's given name.
    ["It angered, above all, the president's wife Nancy.", 'Person', ['Nancy']],
    // A name before a noun for a news outlet is the outlet; a city opening a name an appositive calls a body opens the body's.
    ["Turkey's Brovanek newspaper published it. A third, Zorvia Gas, a subsidiary of Qarsa Inc, agreed.", 'Organization', ['Brovanek', 'Qarsa Inc', 'Zorvia Gas']],
    ['The deal went to El Paso Gas, a subsidiary of Qarsa Inc.', 'City', []],
    // A bay named after a city is a region of its own.
    ['Talks were held at Guantanamo Bay, Cuba, on Monday.', 'Region', ['Guantanamo Bay']],
    // Malaysian and Indonesian legal forms close a company's name.
    ['Its clients include Zentrix Group Berhad, Qarsa Energy and PT Barros, Xu said.', 'Organization', ['PT Barros', 'Qarsa Energy', 'Zentrix Group Berhad']],
    // Words past a body's last head word stay in its name where the acronym after it spells them, or where they are
    // plural nouns of everyday English.
    ['The regulator, the Office of Federal Zentrix Oversight (OFZO), agreed. The Association of Qarsa Chemical Manufacturers said so.', 'Organization', ['Association of Qarsa Chemical Manufacturers', 'Office of Federal Zentrix Oversight']],
    // A name inside one person's longer name is that person; a function word in capitals opens a work's title, not a name.
    ["Zorvia's President Jorvan Tiago Quessa da Silva spoke. President Quessa added more.", 'Person', ['Jorvan Tiago Quessa da Silva']],
    ['He toured with his show, An Audience With Tiago Nunes, last year.', 'Person', ['Tiago Nunes']],
    // Common acronyms of diseases, goals and formats are no bodies.
    ['The COVID-19 pandemic slowed work on the SDG targets and on IP rules.', 'Organization', []],
    // Everyday words before a minister's title are the portfolio, not a body.
    ['New proposals were announced by the Trade and Industry Secretary Ana Silva.', 'Organization', []],
    // Words before an honorific and its see describe the person who holds it.
    ['The Roman Catholic Archbishop of Nairobi, the Most Reverend Tiago Nunes, spoke.', 'Person', ['Tiago Nunes']],
    // "Team" is a body's head word.
    ['Ana Silva, deputy director of the National Zentrix Emergency Response Technical Team, spoke.', 'Organization', ['National Zentrix Emergency Response Technical Team']],
    // An occupation in capitals before a name is a title, not part of the name.
    ['Farmer Tiago Nunes told the BBC he was worried.', 'Person', ['Tiago Nunes']],
    // A trade agreement is no body.
    ['Both joined the Regional Comprehensive Economic Partnership (RCEP) last year.', 'Organization', []],
    // A demonym that is also the place's own name is the place.
    ['Talks on the future of Gibraltar ended.', 'Country', ['Gibraltar']],
    ['Leaders of the G8 met in Perthshire after the tsunami in South East Asia.', 'Region', ['Perthshire', 'Southeast Asia']],
    // A territory that is a city is a city, under its other names too.
    ['Officials in Hong Kong and Macao agreed. The HKSAR government spoke.', 'City', ['Hong Kong', 'Macao']],
    ['Officials in Hong Kong and Macao agreed.', 'Country', []],
    // A town's name before a surname that an appositive gives a post is a person's given name.
    ['Van Barros, a currency strategist at Zentrix, agreed.', 'Person', ['Van Barros']],
    ['"No," the Ohio Democrat, a possible candidate, said.', 'Person', []],
    // A market index names no one.
    ['In Hong Kong, the Hang Seng index rose.', 'Person', []],
    // A body named for its subject keeps its "on" tail, but not a date after "on".
    ['Ana Silva chairs the Zentrix Panel on Artificial Intelligence. The Qarsa Council on Monday agreed.', 'Organization', ['Qarsa Council', 'Zentrix Panel on Artificial Intelligence']],
    // A Korean or Japanese city without the local word for "city".
    ['The firm has plants in Hwaseong and Seongnam, South Korea.', 'City', ['Hwaseong', 'Seongnam']],
    // A lower-case head word closes a name the lexicon knows; before a security, a country's name describes it.
    ['The U.S. Justice department is looking into it. Dealers in U.S. Government securities gained.', 'Organization', ['US Department of Justice']],
    // A known name in brackets after a common noun is still named.
    ['Troops entered a neighbouring state (Iraq) last year.', 'Country', ['Iraq']],
    // "Managers" is a firm's head word, but not in an index's name.
    ['"It is good," Ana Silva, chief investment officer of Zentrix Investment Managers, told Reuters. It rose, according to the Purchasing Managers\' Index.', 'Organization', ['Reuters', 'Zentrix Investment Managers']],
    // A person's name with the middle names left out is the same person.
    ['Sir Rui Manuel Tiago Costa has died. Sir Rui Costa was born in 1920.', 'Person', ['Rui Manuel Tiago Costa']],
    // A rank or a nationality's noun before a name is no part of it; after a given name, a rank's word is a surname.
    ['Welshman Rui Costa won. Sergeant Tiago Nunes died. The panel was chaired by Mark Sergeant.', 'Person', ['Mark Sergeant', 'Rui Costa', 'Tiago Nunes']],
    // Firms' head words; a dynasty or a reserve is no one.
    ['The Zentrix Medical Fellowship (ZMF) said so.', 'Organization', ['Zentrix Medical Fellowship']],
    ['The market leader Qarsa Dairy grew. The success of Zentrix Studio\'s film helped. Rui Costa of Brovanek Chambers spoke.', 'Organization', ['Brovanek Chambers', 'Qarsa Dairy', 'Zentrix Studio']],
    ['The vase dates from the Song Dynasty. Tourists visit the Maasai Mara National Reserve.', 'Person', []],
    // A body's fields listed with commas in its tail; not a list of names.
    ['Ana Silva, CEO of the International Association of Zentrix, Qarsa and Medical Publishers, spoke. The Ministry of Commerce, Xinhua and Reuters reported it.', 'Organization', ['International Association of Zentrix, Qarsa and Medical Publishers', 'Ministry of Commerce', 'Reuters', 'Xinhua News Agency']],
    // A place built round a body is no body.
    ['The planned Zentrix University Town will open next year.', 'Organization', []],
    // A body's forms that name one place differently are one body.
    ['The Hong Kong SAR Zentrix Council met. The Hong Kong Special Administrative Region Zentrix Council agreed.', 'Organization', ['Hong Kong SAR Zentrix Council']],
    // "and" before a district and its noun ends a body's tail.
    ['Shanghai grew. The race was run by the Shanghai Municipal Bureau of Sport and Xuhui district.', 'Organization', ['Shanghai Municipal Bureau of Sport']],
    // A third tail only for a place closing the second.
    ['But the Court of Appeals for the District of Columbia ruled against it.', 'Organization', ['Court of Appeals for the District of Columbia']],
    // A common noun's acronym is no body.
    ['The fund Zentrix Capital holds its AGM in March.', 'Organization', ['Zentrix Capital']],
    // A sentence's first word is kept when it opens a known name.
    ['New Zealand officials agreed.', 'Country', ['New Zealand']],
  ] as const)('%s -> %s %j', (text, label, expected) => {
    expect(names(extract(text), label)).toEqual(expected);
  });

  it('resolves a surname to the full name and an acronym to its expansion', () => {
    const doc = extract(
      'Maria Lopez, an economist at the International Labour Organization (ILO), said jobs were growing. ' +
        'Lopez added that the ILO expected more.',
    );
    expect(names(doc, 'Person')).toEqual(['Maria Lopez']);
    const org = doc.nodes.find((n) => n.label === 'Organization');
    expect(org?.aliases).toContain('ILO');
    expect(doc.nodes.filter((n) => n.label === 'Organization')).toHaveLength(1);
  });

  it('reads a possessive as the entity itself', () => {
    const doc = extract("Brazil's exports to Argentina rose, Brazil's trade ministry said.");
    expect(names(doc, 'Country')).toEqual(['Argentina', 'Brazil']);
  });

  it('joins an acronym to the body whose initials it spells, whichever comes first', () => {
    const doc = extract('UKIP leader Roger Knapman spoke. The UK Independence Party grew. The International Steel Group said ISG would grow.');
    expect(names(doc, 'Organization')).toEqual(['International Steel Group', 'UK Independence Party']);
  });

  it('reads a one-word national body as the lexicon\'s only where its country is named', () => {
    expect(names(extract("Brazil's vice-president Jose Alencar spoke after a meeting of the country's Congress."), 'Organization')).toEqual([]);
    expect(names(extract('The US Congress met. Congress voted in Washington.'), 'Organization')).toEqual(['US Congress']);
  });

  it('reads an acronym as the body the article spells out, not a foreign namesake in the lexicon', () => {
    expect(names(extract('BNP leader Ana Silva was arrested. The British National Party said so.'), 'Organization')).toEqual(['British National Party']);
  });

  it('reads an acronym shared by two bodies as the one the article spells out', () => {
    expect(names(extract('Shares on the London Stock Exchange rose. LSE chief executive Clara Furse said so.'), 'Organization')).toEqual(['London Stock Exchange Group']);
    expect(names(extract('Professor Ana Silva of the London School of Economics said so. The LSE agreed.'), 'Organization')).toEqual(['London School of Economics']);
  });

  it('prefers a far more prominent city over a namesake in a country the article names', () => {
    const doc = extract("The board in Manchester has agreed to give US tycoon Ana Silva access to its books.");
    expect(doc.nodes.find((n) => n.name === 'Manchester')?.properties).toEqual({ country: 'GB' });
  });

  it('knows short and official country names as one country', () => {
    const doc = extract('The ROK and the Republic of Korea are one country, South Korea.');
    expect(doc.nodes.filter((n) => n.label === 'Country')).toHaveLength(1);
  });
});

describe('relations', () => {
  it.each([
    ['QUOTED_IN', 'Ana Silva, a researcher at Lisbon University, said the plan was sound.', ['Ana Silva -> @article']],
    ['AFFILIATED_WITH', 'Ana Silva, a researcher at Lisbon University, said the plan was sound.', ['Ana Silva -> Lisbon University']],
    ['LEADER_OF', 'German Chancellor Olaf Scholz spoke in Berlin about Germany.', ['Olaf Scholz -> Germany']],
    // A chancellor heads the government only where the title means that; a UK chancellor is a finance minister.
    ['LEADER_OF', 'UK Chancellor Ana Silva flew to Germany to meet German Chancellor Rui Costa.', ['Rui Costa -> Germany']],
    ['LEADER_OF', '"President Rui Costa received my Spanish counterpart, Ana Silva, in Lisbon," Tiago Nunes said. Spain agreed.', []],
    ['LEADER_OF', "Saudi Arabia's Prince Tiago Nunes spoke.", []],
    // Where the holder of a title serves stands between the title and the name.
    ['AFFILIATED_WITH', "The BBC's correspondent in Lisbon, Rui Costa, said prices fell.", ['Rui Costa -> BBC']],
    ['AFFILIATED_WITH', '"Growth is strong," said Brovanek Group\'s principal economist Ana Silva.', ['Ana Silva -> Brovanek Group']],
    ['AFFILIATED_WITH', "Zentrix Pharma's head of sales Ana Silva said it acted on the data.", ['Ana Silva -> Zentrix Pharma']],
    ['LEADER_OF', "Zentrix Pharma's head of sales Ana Silva said it acted on the data.", []],
    // A name of no ordinary word before a company's legal form, after "<title> for", is a company, not a portfolio.
    ['AFFILIATED_WITH', 'Rui Costa, general manager for Brovanek Group, said so. Ana Silva, Minister for Science and Technology, agreed.', ['Rui Costa -> Brovanek Group']],
    ['AFFILIATED_WITH', 'They are the chief of the Zorvia Port Authority, Mr Rui Costa, and the chair of the Qarsa Rail Board, Ms Ana Silva.', ['Ana Silva -> Qarsa Rail Board', 'Rui Costa -> Zorvia Port Authority']],
    // A place between a body and a title, or before a title of a body, names the part of the body the title heads.
    ['AFFILIATED_WITH', "Zentrix Pharma's Europe president Ana Silva said so. Rui Costa, Asia general manager for Brovanek Group, agreed.", ['Ana Silva -> Zentrix Pharma', 'Rui Costa -> Brovanek Group']],
    ['LEADER_OF', "Rui Costa, Asia general manager for Zentrix, said sales rose. Brazil's president, Paulo Reis, spoke.", ['Paulo Reis -> Brazil']],
    // A leader named with a country leads it; an opposition leader does not.
    ['LEADER_OF', 'Kenya grew. Ana Silva told Kenyan leader Rui Costa that it was fine. Opposition leader Tiago Nunes of Kenya spoke.', ['Rui Costa -> Kenya']],
    // A counterpart holds the title of the person before, in the country or body named before the word.
    ['LEADER_OF', 'Kenya grew. President Ana Silva and her Kenyan counterpart, Rui Costa, met in Lisbon.', ['Rui Costa -> Kenya']],
    ['LEADER_OF', 'Brovanek Group grew. Zentrix Corp chief Ana Silva will meet her Brovanek Group counterpart Rui Costa.', ['Ana Silva -> Zentrix Corp', 'Rui Costa -> Brovanek Group']],
    // "He" means no one an honorific calls a woman, "she" no one it calls a man.
    ['QUOTED_IN', 'Mr Rui Costa, an analyst, spoke on Monday. Ms Ana Silva won the vote. "The business is strong," he said.', ['Rui Costa -> @article']],
    // The same pronoun before every name in the sentence means the same person.
    ['QUOTED_IN', 'Rui Costa arrived. When he met Tiago Nunes, he said: "I will stay."', ['Rui Costa -> @article']],
    // A person named inside a quotation, which may open a sentence before, is talked of: a later "he" means the speaker.
    ['QUOTED_IN', 'Rui Costa arrived. "Tiago Nunes wants a deal," said Paulo Reis. "It is fine," he added.', ['Paulo Reis -> @article']],
    ['QUOTED_IN', '"Prices rose. Tiago Nunes was right," Paulo Reis said. "We will stay," he said.', ['Paulo Reis -> @article']],
    // A pronoun after what it reports (", she said.") means no one named in the report.
    ['QUOTED_IN', 'Ana Silva spoke on Monday. After the board removed Rui Costa, sales fell, she said.', ['Ana Silva -> @article']],
    // The person named before a body and its unit ("from the <body>'s <unit> told") speaks.
    ['QUOTED_IN', "On Monday, Rui Costa from the Zorvia Agency's Office of Budget Review told the committee that costs were high.", ['Rui Costa -> @article']],
    // A new or then holder of a post holds it in the story's time.
    ['LEADER_OF', "Kenya's new president, Tiago Nunes, spoke.", ['Tiago Nunes -> Kenya']],
    ['LEADER_OF', 'As then UN chief Paulo Reis said, the pact is firm.', ['Paulo Reis -> United Nations']],
    ['LEADER_OF', 'The Department for Education and Skills grew. New education secretary Sara Lopes said so.', ['Sara Lopes -> Department for Education and Skills']],
    // Telling a newspaper described as one, or a station named before "radio", is an interview with it.
    ['INTERVIEWED_BY', 'Rui Costa told Danish newspaper Zeitblatt that prices rose. Ana Silva told Kenya Inter radio that it was fine.', ['Ana Silva -> Kenya Inter', 'Rui Costa -> Zeitblatt']],
    // A known state body named with its country's name first lies in that country.
    ['LOCATED_IN', 'Figures were given to the US Senate by Sara Lopes.', ['US Senate -> United States']],
    ['AFFILIATED_WITH', 'Professor Thaiane Oliveira from Fluminense Federal University said so.', ['Thaiane Oliveira -> Fluminense Federal University']],
    ['VISITED', 'Indian Prime Minister Narendra Modi arrived in Tokyo on Sunday for talks with Japan.', ['Narendra Modi -> Japan', 'Narendra Modi -> Tokyo']],
    ['MET_WITH', 'Narendra Modi met Fumio Kishida in Tokyo on Monday.', ['Fumio Kishida -> Narendra Modi']],
    ['MET_WITH', 'Ana Silva hosted Tiago Nunes in Nairobi.', ['Ana Silva -> Tiago Nunes']],
    ['MET_WITH', '"President Rui Costa received Ana Silva with a message from President Paulo Reis," Tiago Nunes said.', ['Ana Silva -> Rui Costa']],
    // Those someone unnamed held talks with did not meet each other.
    ['MET_WITH', 'Talks were held on Friday with Ana Silva and Tiago Nunes.', []],
    // A description by title as the subject means the person before; so does a "he" after it.
    ['MET_WITH', 'President Rui Costa of Brazil arrived in London. On Monday the Brazilian president met Prime Minister Tiago Nunes.', ['Rui Costa -> Tiago Nunes']],
    ['VISITED', 'President Rui Costa of Brazil spoke. On Monday the Brazilian president met Prime Minister Tiago Nunes. He is due to visit Manchester.', ['Rui Costa -> Manchester']],
    // A clause of time shares the sentence's subject; a description by title between is whom a pronoun means.
    ['VISITED', 'Ana Silva will explain it to Rui Costa and Tiago Nunes before travelling to Lisbon.', ['Ana Silva -> Lisbon']],
    ['VISITED', 'President Rui Costa will pay a State Visit to Portugal. Ana Silva, a Distinguished Visiting Professor at Lisbon University, spoke.', ['Rui Costa -> Portugal']],
    ['VISITED', 'Ana Silva said the UN envoy told her she would travel to Lisbon.', []],
    // "visiting" marks the guest; the host who meets the guest in the city is at home.
    ['VISITED', 'Premier Ana Silva met with visiting German Chancellor Rui Costa in Lisbon on Monday.', ['Rui Costa -> Lisbon']],
    // Whom someone invites to visit a place is the one to travel there; unnamed, no one named does.
    ['VISITED', "Ana Silva spoke. She also invited the firm's deputy chief to visit a plant in Lisbon and attend a fair in Braga. She invited Rui Costa to visit Porto. Tiago Nunes was invited to visit Faro.", ['Rui Costa -> Porto', 'Tiago Nunes -> Faro']],
    // A verb joined by "and" to an earlier one shares its subject, not the earlier verb's object.
    ['VISITED', 'Ana Silva met President Tiago Nunes and visited Porto. Sara Lopes thanked Paulo Reis and then flew to Faro. Rui Costa and Tiago Nunes visited Braga.', ['Ana Silva -> Porto', 'Rui Costa -> Braga', 'Sara Lopes -> Faro', 'Tiago Nunes -> Braga']],
    // The subject before an aside between commas is the one present; "heads to" is a trip; "said after landing in" the speaker's.
    ['VISITED', 'Ana Silva, with seven ministers in tow, is in China for talks. Rui Costa heads to Lisbon on Tuesday to meet with US President Tiago Nunes. Sara Lopes spoke. "We are here," she said after landing in Porto.', ['Ana Silva -> China', 'Rui Costa -> Lisbon', 'Sara Lopes -> Porto']],
    // A trip noun with "by" names its traveller; a place right before the noun is where the trip went.
    ['VISITED', 'The deal came on the first day of a China visit by New Zealand Prime Minister Ana Silva. The visit to Japan by Premier Rui Costa ended.', ['Ana Silva -> China', 'Rui Costa -> Japan']],
    // A pronoun in a phrase opening the sentence means the subject named after it.
    ['VISITED', 'Paulo Reis spoke. At the end of his Europe tour, Tiago Nunes said he was glad.', ['Tiago Nunes -> Europe']],
    // The one a host at home meets in the host's city came there, when the guest's own country is not known.
    ['VISITED', 'Chinese Vice President Ana Silva met with Rui Costa, the envoy, in Beijing on Wednesday. Rui Costa spoke.', ['Rui Costa -> Beijing']],
    // A description by title as the subject means the person the article named with that title, not the last one named.
    ['VISITED', 'Chief Executive Ana Silva spoke on Tuesday. Rui Costa has been in Lisbon. The chief executive, meanwhile, will lead a delegation on a trip to Porto.', ['Ana Silva -> Porto']],
    // The name opening the sentence speaks when the comma before the verb closes its appositive, a name inside it not.
    ['QUOTED_IN', 'Rui Costa spoke. Ana Silva, meeting with Prime Minister Tiago Nunes, noted the threats. Sara Lopes, lawyer for Mr Paulo Reis, said she was shocked.', ['Ana Silva -> @article', 'Sara Lopes -> @article']],
    // Whose meeting it is ("his meeting with") takes part in it, after a verb of saying too.
    ['MET_WITH', 'Ana Silva said during his meeting with Rui Costa, they discussed trade. Tiago Nunes said he would hold his first meeting in Tokyo with Paulo Reis.', ['Ana Silva -> Rui Costa', 'Paulo Reis -> Tiago Nunes']],
    // "the country's <title>": the country named last before.
    ['LEADER_OF', "Ana Silva will fly to Fiji. In Fiji, she is expected to meet with the country's President Rui Costa.", ['Rui Costa -> Fiji']],
    // Who attends or leads a meeting held in a city is there.
    ['VISITED', 'The trade talks in Geneva are led by Finance Minister Ana Silva.', ['Ana Silva -> Geneva']],
    ['VISITED', 'Ana Silva\'s son was stopped when travelling to Lisbon.', []],
    // Not where the description opens an appositive that names someone else.
    ['QUOTED_IN', 'Rui Costa arrived. The chief inspector of prisons, Ana Silva, also said so. "It is good," she said.', ['Ana Silva -> @article']],
    ['MET_WITH', 'Ana Silva welcomed Tiago Nunes to Nairobi. Rui Costa welcomed Sara Lopes\'s courage.', ['Ana Silva -> Tiago Nunes']],
    ['TRADES_WITH', 'Bilateral trade between Vietnam and Australia reached $20 billion.', ['Australia -> Vietnam']],
    ['TRADES_WITH', 'Trade between Kenya and Egypt rose 10 percent last year.', ['Egypt -> Kenya']],
    ['LOCATED_IN', 'Delegates gathered in Nairobi, Kenya.', ['Nairobi -> Kenya']],
    ['INTERVIEWED_BY', 'In an interview with Reuters, Ana Silva said prices would fall.', ['Ana Silva -> Reuters']],
    ['INTERVIEWED_BY', 'Ana Silva, an analyst at Nomura, told Reuters that prices would fall.', ['Ana Silva -> Reuters']],
    ['LOCATED_IN', 'Visitors gathered in Shijiazhuang, North China\'s Hebei province, on Friday. China grew.', ['Hebei -> China', 'Shijiazhuang -> China', 'Shijiazhuang -> Hebei']],
    ['LEADER_OF', 'Xi met Khaled Enany, director-general of the United Nations Educational, Scientific and Cultural Organization (UNESCO), on Monday.', ['Khaled Enany -> United Nations Educational, Scientific and Cultural Organization']],
    // After a quotation, the person named after the verb speaks, not the one a pronoun would mean.
    ['QUOTED_IN', 'Olaf Scholz visited Nairobi. "Growth will slow," said Prudential insurance analyst Ana Silva.', ['Ana Silva -> @article']],
    ['QUOTED_IN', 'As the scholar Ana Silva has observed, planning matters.', ['Ana Silva -> @article']],
    // A "he" after a quotation an unnamed speaker gave means that speaker, not a name inside the quotation.
    ['QUOTED_IN', 'Rui Costa arrived. "The plan Ana Silva backed is good," a Western diplomat said. "It is late," he added.', []],
    ['QUOTED_IN', 'Rui Costa arrived. "It is late," said one former Zentrix official.', []],
    ['QUOTED_IN', '"It is late," an aide to Agriculture Secretary Ana Silva said.', []],
    ['QUOTED_IN', 'Rui Costa spoke. "Ana Silva has left the stage," he said.', ['Rui Costa -> @article']],
    ['QUOTED_IN', 'After meeting with President Tiago Nunes, Prof Rui Costa told reporters that ties were strong. "We came to bring a message," he said.', ['Rui Costa -> @article']],
    // A description by title speaks for whom the article named with that title, and for nobody else.
    ['QUOTED_IN', 'Finance Minister Ana Silva met Rui Costa. "We will not raise taxes," the minister said.', ['Ana Silva -> @article']],
    ['QUOTED_IN', 'Tory leader Rui Costa met Ana Silva, the chancellor, in Leeds. The chancellor said the cuts were affordable. The Conservative leader disagreed, the Labour leader said.', ['Ana Silva -> @article']],
    ['QUOTED_IN', 'Shadow Chancellor Rui Costa met Deputy Prime Minister Ana Silva. The chancellor said no. The prime minister said yes.', []],
    ['QUOTED_IN', 'Agreeing with Ana Silva, the prime minister said so. The prime minister also said no.', []],
    ['QUOTED_IN', 'The plan won support from Culture Secretary Ana Silva who said it was overdue.', ['Ana Silva -> @article']],
    // A lower-case description of the body may stand between the preposition and its name.
    ['AFFILIATED_WITH', '"It is fine," said Rui Costa of stockbrokers Brovanek Capital.', ['Rui Costa -> Brovanek Capital']],
    ['LEADER_OF', 'Sara Lopes, chairman of lobby group Qarsa Trust, said the ban was wrong.', ['Sara Lopes -> Qarsa Trust']],
    ['AFFILIATED_WITH', 'For the Tories, Rui Costa said the plan would fail.', ['Rui Costa -> Conservative Party']],
    ['VISITED', 'After flying in to Madrid on Friday, Ana Silva met Rui Costa.', ['Ana Silva -> Madrid']],
    ['VISITED', 'Zentrix Corp chief executive Tiago Nunes is in Lyon to meet its bankers.', ['Tiago Nunes -> Lyon']],
    ['VISITED', 'Rui Costa met Ana Silva. They discussed air travel to Europe and Ankara for students.', []],
    ['VISITED', 'U.S. President Rui Costa landed late. "The visit of the U.S. president to Chile matters," Ana Silva said.', ['Rui Costa -> Chile']],
    // A return drops the trip to the place returned to, not the traveller's other trips at home.
    ['VISITED', 'U.S. President Rui Costa flew to Dallas. He returned to the United States on Sunday.', ['Rui Costa -> Dallas']],
    ['VISITED', 'Rui Costa, a Kenyan economist, flew to Paris and later flew back to Nairobi.', ['Rui Costa -> Paris']],
    ['LOCATED_IN', 'Talks may resume in Mombasa, US officials say.', []],
    ['INTERVIEWED_BY', 'Tiago Nunes said in an interview posted to the Qarsa Daily channel that prices would fall.', ['Tiago Nunes -> Qarsa Daily']],
    ['PART_OF', 'Zentrix Corp said its Qarsa, Zorvia Bank and Brovanek divisions would offer loans.', ['Brovanek -> Zentrix Corp', 'Qarsa -> Zentrix Corp', 'Zorvia Bank -> Zentrix Corp']],
    // A title closing a sentence about one body, its holder speaking, is a title in that body.
    ['AFFILIATED_WITH', 'Zentrix Holdings plans to cut 2,000 jobs, management board member Paulo Reis said.', ['Paulo Reis -> Zentrix Holdings']],
    ['LEADER_OF', 'The Zentrix Exchange will open a new market, said outgoing chairman Ana Silva.', ['Ana Silva -> Zentrix Exchange']],
    ['LEADER_OF', 'Qarsa Bank grew. Acting chairman Rui Costa said so.', ['Rui Costa -> Qarsa Bank']],
    // A capitalised word for a body the text does not name holds the title, not the story's company.
    ['LEADER_OF', 'Qarsa Inc makes parts. Prices rose. Subcommittee chairman Tiago Nunes said costs would rise.', []],
    // The leader of a party's side within a body is a member of both.
    ['LEADER_OF', 'Sara Lopes, leader of the Tory group on Leeds City Council, said no. Lord Tiago Nunes, Labour leader in the Lords, agreed.', []],
    ['AFFILIATED_WITH', 'Sara Lopes, leader of the Tory group on Leeds City Council, said no. Lord Tiago Nunes, Labour leader in the Lords, agreed.', ['Sara Lopes -> Conservative Party', 'Sara Lopes -> Leeds City Council', 'Tiago Nunes -> House of Lords', 'Tiago Nunes -> Labour Party']],
    // "according to <name>'s ministry": the body speaks.
    ['QUOTED_IN', 'They met again, according to Ana Silva\'s ministry. Prices rose, according to Tiago Nunes\'s estimate.', ['Tiago Nunes -> @article']],
    // "agreed that" reports what was said; "agreed to" does not.
    ['QUOTED_IN', 'Ana Silva agreed that prices would rise. Tiago Nunes agreed to buy the firm.', ['Ana Silva -> @article']],
    ['QUOTED_IN', 'Olaf Scholz arrived. At a dinner hosted by Ana Silva he told reporters of his plans.', ['Olaf Scholz -> @article']],
    // A pronoun's speaker is not a person named in a possessive; a trip noun's traveller is.
    ['QUOTED_IN', "Ana Silva said business grew after Prime Minister Olaf Scholz's visit to Kenya, a trip he described as critical.", ['Ana Silva -> @article']],
    ['VISITED', "Trade came up during Olaf Scholz's recent visit to Nairobi.", ['Olaf Scholz -> Nairobi']],
    ['VISITED', 'Ana Silva and Tiago Nunes visited Nairobi in May.', ['Ana Silva -> Nairobi', 'Tiago Nunes -> Nairobi']],
    ['VISITED', 'Ana Silva hopes to visit Kenya and Peru in June.', ['Ana Silva -> Kenya', 'Ana Silva -> Peru']],
    // A region the lexicon knows whole is no bank; a country before the appositive's title is the traveller's own.
    ['VISITED', 'Ana Silva, US Secretary of State was visiting the West Bank on Monday to back US plans for the talks.', ['Ana Silva -> West Bank']],
    ['MET_WITH', "Ana Silva questioned Scott Sullivan about his decision to meet analysts' profit estimates.", []],
    ['PART_OF', 'Students of the Beijing Institute of Technology and the Beijing Institute of Fashion Technology met.', []],
    ['TRADES_WITH', 'Vietnam and Australia should take the lead in defending free trade.', []],
    ['TRADES_WITH', 'Vietnam and Australia signed a free trade agreement.', ['Australia -> Vietnam']],
    // A title that leads a unit of the body, or someone else's title, makes no leader of the body.
    ['LEADER_OF', 'Ana Silva, head of the law department at Lisbon University, said so.', []],
    ['AFFILIATED_WITH', 'Ana Silva, head of the law department at Lisbon University, said so.', ['Ana Silva -> Lisbon University']],
    ['LEADER_OF', 'Ana Silva, a former Labour communications director, said so.', []],
    ['LEADER_OF', 'Former Tory chancellor Ken Hills said so.', []],
    ['AFFILIATED_WITH', 'Ana Silva, a friend of the Tory leader, said so.', []],
    ['LEADER_OF', 'Tory leader Michael Howard said so.', ['Michael Howard -> Conservative Party']],
    ['AFFILIATED_WITH', 'Labour MP Oona Kingsley said so.', ['Oona Kingsley -> Labour Party']],
    ['AFFILIATED_WITH', 'Ana Silva, a strategist at UBS, said so.', ['Ana Silva -> UBS']],
    // A leading title leads the body it governs; the others in the appositive have a member.
    ['LEADER_OF', "Ana Silva, dean of Kyoto University's School of Economics, said so.", ['Ana Silva -> School of Economics']],
    ['LEADER_OF', 'Ana Silva, an academician at the Kenya Academy of Sciences and dean of the Institute for Robot Research at Kyoto University, said so.', ['Ana Silva -> Institute for Robot Research']],
    ['LEADER_OF', 'Ana Silva, chairman of the Board of Management of Mercedes-Benz Group, said so.', ['Ana Silva -> Mercedes-Benz Group']],
    ['LEADER_OF', 'Ana Silva, president of the Johor Furniture Association in southern Malaysia, said so.', ['Ana Silva -> Johor Furniture Association']],
    ['LEADER_OF', 'Ana Silva, head of the AI research institute at the Kenya Academy of Sciences, said so.', []],
    // A description refers back to a body named before only when it is definite.
    ['AFFILIATED_WITH', 'Shares in UBS fell. "It came at the worst time," said Ana Silva, a Singapore-based fund manager.', []],
    ['AFFILIATED_WITH', 'Shares in UBS fell. "It came at the worst time," said Ana Silva, a director of the bank.', ['Ana Silva -> UBS']],
    // An outlet that spoke with people interviewed them.
    ['INTERVIEWED_BY', 'Legal Daily spoke with Ana Silva, a research fellow, and Tiago Nunes, a dean, about that.', ['Ana Silva -> Legal Daily', 'Tiago Nunes -> Legal Daily']],
    // A "-based" appositive places the body before it; a place in brackets in a legal name is where the company is.
    ['LOCATED_IN', 'Ana Silva chairs Acme General Holding Co Ltd, a Beijing-based State-owned enterprise.', ['Acme General Holding Co Ltd -> Beijing']],
    ['LOCATED_IN', 'Shanghai grew. Ana Silva founded Shanwen Culture (Shanghai) Co Ltd last year.', ['Shanwen Culture (Shanghai) Co Ltd -> Shanghai']],
    // A foreign body's name says where it works, a city as well as a country.
    ['LOCATED_IN', 'The Russian Consulate General in Antalya said so.', ['Russian Consulate General in Antalya -> Antalya']],
    // A staff title in an appositive, or one in a unit of no named body, is the title of the one company nearby.
    ['AFFILIATED_WITH', 'Zentrix Corp will export cars. Rui Costa, senior vice president, told reporters. Ana Silva, vice president of overseas sales, said sales would rise.', ['Ana Silva -> Zentrix Corp', 'Rui Costa -> Zentrix Corp']],
    // Not a minister's: a government post is no company's.
    ['AFFILIATED_WITH', 'Zentrix Corp will export cars. Rui Costa, finance minister, said sales would rise.', []],
    ['AFFILIATED_WITH', 'Tiago Nunes joined Zentrix Capital as chief economist last year.', ['Tiago Nunes -> Zentrix Capital']],
    ['LEADER_OF', 'Marta Sousa took over as chief executive of Zentrix Labs in May.', ['Marta Sousa -> Zentrix Labs']],
    // After a title and "of", a name shaped like a person's is the employer's.
    ['AFFILIATED_WITH', 'Rui Costa, founder and CEO of Qarsa Robotics, said the firm would expand.', ['Rui Costa -> Qarsa Robotics']],
    // The head of a body's unnamed unit is its member, not its leader; the body's unit noun names a part.
    ['LEADER_OF', 'Tiago Nunes, the head of Qarsa Bank\'s Asian operations, said demand was weak.', []],
    ['AFFILIATED_WITH', 'Tiago Nunes, the head of Qarsa Bank\'s Asian operations, said demand was weak.', ['Tiago Nunes -> Qarsa Bank']],
    ['PART_OF', 'Rivals such as the Zentrix Corp subsidiary Qarsa Motors did well.', ['Qarsa Motors -> Zentrix Corp']],
    // A unit named by its parent's acronym.
    ['PART_OF', 'The Zentrix Qarsa Brovanek Council (ZQBC) met. Ana Silva of ZQBC Solutions spoke.', ['ZQBC Solutions -> Zentrix Qarsa Brovanek Council']],
    // A rank below the head's in a ministry: its member, not its leader.
    ['LEADER_OF', 'The Ministry of Commerce said so. "No," said Commerce Under Secretary Ana Silva.', []],
    ['AFFILIATED_WITH', 'The Ministry of Commerce said so. "No," said Commerce Under Secretary Ana Silva.', ['Ana Silva -> Ministry of Commerce']],
    // A public body's noun refers back only to a public body.
    ['AFFILIATED_WITH', 'Qarsa Airlines raised fares. Nuno Pires, a spokesman for Portugal\'s foreign ministry, declined comment.', []],
    // A senator sits in the article's Senate.
    ['AFFILIATED_WITH', 'The US Senate will vote. The bill is backed by Sen. Ana Silva (D-Mont.).', ['Ana Silva -> US Senate']],
    ['AFFILIATED_WITH', 'The European Commission met. Industry Commissioner Ana Silva proposed a plan.', ['Ana Silva -> European Commission']],
    // A description's body named right after it.
    ['AFFILIATED_WITH', 'Zentrix Corp bid for it. But Ana Silva, a board member of Brazil\'s central bank, the Qarsa Bank, said no.', ['Ana Silva -> Qarsa Bank']],
    // A body in brackets before a title holds it.
    ['LEADER_OF', 'The Qarsa Board bought grain. The plan (UN) Secretary General Ana Silva backed is good.', ['Ana Silva -> United Nations']],
    // A body of many countries lies in none of them.
    ['LOCATED_IN', 'She wants to use Britain\'s G8 presidency to press for debt relief.', []],
    // An embassy lies abroad, not in the country that sends it.
    ['LOCATED_IN', 'China and Malaysia agreed, said Chinese Embassy Minister Counsellor Ana Silva.', []],
    // A predicate after the body's name says where it is.
    ['LOCATED_IN', 'Zorvia Bank is based in Lisbon. Zentrix Bank has its headquarters in Madrid.', ['Zentrix Bank -> Madrid', 'Zorvia Bank -> Lisbon']],
    // A territory that is a city lies in its country; what the lexicon places in the territory lies in the city.
    ['LOCATED_IN', 'China and Hong Kong agreed. The Chinese University of Hong Kong spoke.', ['Chinese University of Hong Kong -> Hong Kong', 'Hong Kong -> China']],
    // Places joined by hyphens in a body's name are its subject, not its seat.
    ['LOCATED_IN', 'Ana Silva heads the Zentrix Shanghai-Hangzhou Research Centre.', []],
    // A district the lexicon knows lies in its city where the article names the city; elsewhere a namesake town wins.
    ['LOCATED_IN', 'In Bethnal Green, the candidate spoke. London voted.', ['Bethnal Green -> London']],
    ['LOCATED_IN', 'A factory opened in Qingyang, Gansu province.', ['Qingyang -> Gansu']],
    // An appositive naming a body's kind and a place after "in" places the body there.
    ['LOCATED_IN', 'Zentrix Bank, the largest lender in Kenya, grew.', ['Zentrix Bank -> Kenya']],
    // A city in a body's name places it in the city, and no further: the country is the city's.
    ['LOCATED_IN', 'China grew. The Xi\'an Municipal Government said so. Xi\'an grew.', ["Xi'an -> China", "Xi'an Municipal Government -> Xi'an"]],
    // A place after a city's or a province's possessive lies in it.
    ['LOCATED_IN', "The firm is in Shenzhen's Futian district. Belmarsh was dubbed Britain's Guantanamo Bay.", ['Futian -> Shenzhen']],
    ['LOCATED_IN', 'Another firm is in the Yuhang district of Hangzhou.', ['Yuhang -> Hangzhou']],
    // A hyphened modifier makes a title that does not lead; a unit's word between body and title.
    ['AFFILIATED_WITH', '"It is illegal," said SEPA vice-director Ana Silva. Labour campaign spokesman Tiago Nunes agreed.', ['Ana Silva -> SEPA', 'Tiago Nunes -> Labour Party']],
    ['LEADER_OF', '"It is illegal," said SEPA vice-director Ana Silva. Labour campaign spokesman Tiago Nunes agreed.', []],
    // A title in a unit named past a body's possessive: a member of the body.
    ['AFFILIATED_WITH', "The chairman of the Acme Council's public affairs committee, Ana Silva, said so.", ['Ana Silva -> Acme Council']],
    ['LEADER_OF', "The chairman of the Acme Council's public affairs committee, Ana Silva, said so.", []],
    // A story about one company calls its chairman "chairman", however many sentences later.
    ['LEADER_OF', 'Hyundai Motor will build a plant. It did not say more. Demand is rising. Sales grew 15%. Analysts agreed. "We need to grow," chairman Chung Mong-koo said.', ['Chung Mong-koo -> Hyundai Motor']],
    // A county of the UK is a region; a list of places is no apposition.
    ['LOCATED_IN', 'Labour may lose seats in Rochdale in Lancashire.', ['Rochdale -> Lancashire']],
    ['LOCATED_IN', 'He toured Hastings, Leicester, Somerset, and Bath.', []],
    // A relative clause: "who is also <title> of <body>", "who founded <body>"; a place before a unit's noun names the unit.
    ['LEADER_OF', 'Safety matters, said Ana Silva, who is also chairman of Acme Holdings, a Lisbon firm.', ['Ana Silva -> Acme Holdings']],
    ['AFFILIATED_WITH', 'Ana Silva, who founded the anti-war party Respect, is standing.', ['Ana Silva -> Respect']],
    ['LEADER_OF', 'Ana Silva, who is president of China operations at Acme Holdings, spoke.', []],
    // A name after "a lawyer for" holds the title; "chief market analyst" is an analyst, not a chief.
    ['AFFILIATED_WITH', 'Tiago Nunes, a lawyer for Yukos, spoke in court.', ['Tiago Nunes -> Yukos']],
    ['LEADER_OF', '"It will rise," said Ana Silva, chief market analyst at Stone & McCarthy Research.', []],
    ['AFFILIATED_WITH', '"It will rise," said Ana Silva, chief market analyst at Stone & McCarthy Research.', ['Ana Silva -> Stone & McCarthy Research']],
    // A regional head and a head of a body's unit lead no body; "The Australian firm" is no newspaper.
    ['LEADER_OF', 'Ana Silva, general manager for North Asia at Acme Holdings, said so.', []],
    ['LEADER_OF', "Ana Silva, head of the university's guidance center at Kyoto University, said so.", []],
    // A broadcaster's channel keeps its number; telling it something is an interview.
    ['INTERVIEWED_BY', "Ana Silva told BBC Radio 4's Today programme that it was so.", ['Ana Silva -> BBC Radio 4']],
    ['INTERVIEWED_BY', "Ana Silva told Radio 4's Today that it was so.", ['Ana Silva -> BBC Radio 4']],
    ['INTERVIEWED_BY', 'Ana Silva told Brovanek magazine that it was so.', ['Ana Silva -> Brovanek']],
    ['INTERVIEWED_BY', 'Ana Silva told the BBC that it was so.', ['Ana Silva -> BBC']],
    ['INTERVIEWED_BY', 'Speaking to the BBC, Ana Silva said so. Tiago Nunes said on BBC Radio 4\'s Today programme that it was. Rui Costa spoke to the union.', ['Ana Silva -> BBC', 'Tiago Nunes -> BBC Radio 4']],
    // A bare head's title in a passage naming one body is that body's; a party's public office leads no party.
    ['LEADER_OF', 'Hyundai Motor will build a plant. "We need to grow," chairman Chung Mong-koo said.', ['Chung Mong-koo -> Hyundai Motor']],
    ['LEADER_OF', 'The home secretary Ana Silva spoke after Labour won.', []],
    ['LEADER_OF', "London's Labour mayor Ana Silva spoke.", []],
    ['AFFILIATED_WITH', "London's Labour mayor Ana Silva spoke.", ['Ana Silva -> Labour Party']],
    // The holder after the name: "<title> <name> of <country or body>".
    ['LEADER_OF', 'President Ana Silva of Portugal arrived on Monday.', ['Ana Silva -> Portugal']],
    // A title phrase before a comma and a name: the name is a person's, and the title is theirs.
    ['LEADER_OF', 'The Prime Minister of Portugal, Tiago Nunes, arrived on Monday.', ['Tiago Nunes -> Portugal']],
    // The body's own noun between its name and the title; an honorific between the title and the name.
    ['LEADER_OF', 'Labour party chairman Ana Silva spoke.', ['Ana Silva -> Labour Party']],
    ['AFFILIATED_WITH', 'Oxfam spokesman Dr Ana Silva said so.', ['Ana Silva -> Oxfam']],
    ['AFFILIATED_WITH', 'Professor Ana Silva, of the University of Lisbon, is sceptical.', ['Ana Silva -> University of Lisbon']],
    // A body's possessive before a name; not before a name that is only shaped like one (a product).
    ['AFFILIATED_WITH', "Labour's Ana Silva won the seat.", ['Ana Silva -> Labour Party']],
    ['AFFILIATED_WITH', "Nvidia's Jetson Thor chip is fast.", []],
    // A country's possessive, past adjectives, before a body; a party is not placed by a town's possessive.
    ['LOCATED_IN', "Three executives from Japan's troubled Nomura bank were charged.", ['Nomura Holdings -> Japan']],
    ['LOCATED_IN', "The party suspended Slough's constituency Conservative association.", []],
    // A place, then a wider one: "in the southern province of", "in east".
    ['LOCATED_IN', 'The plant is near Chennai, in the southern province of Tamil Nadu.', ['Chennai -> Tamil Nadu']],
  ] as const)('%s from: %s', (type, text, expected) => {
    expect(triples(extract(text), type)).toEqual(expected);
  });

  it('reads a Chinese given name that is also a city as part of the name', () => {
    const doc = extract('"That is a lot," said Lin Jincheng, the general manager. The Australian Energy Regulator agreed.');
    expect(names(doc, 'Person')).toEqual(['Lin Jincheng']);
    expect(names(doc, 'City')).toEqual([]);
    expect(names(doc, 'Organization')).toEqual(['Australian Energy Regulator']);
  });

  it('reads bodies, not persons, from names opening with ordinary words, and strips such words off persons', () => {
    const doc = extract('Time Warner said profits rose for the first time. On Monday Tony Blair said so. Cardinal Cormac Murphy-O\'Connor said so. The St James Society said so. "Prices fell," said Prebon Yamane economist Lena Komileva.');
    expect(names(doc, 'Person')).toEqual(["Cormac Murphy-O'Connor", 'Lena Komileva', 'Tony Blair']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Lena Komileva -> Prebon Yamane']);
  });

  it('reads no person from a title that is also an adjective before a common word', () => {
    const doc = extract('She said the Conservatives would announce them closer to the General Election. General Musharraf spoke.');
    expect(names(doc, 'Person')).toEqual([]);
    expect(doc.nodes.some((n) => n.name === 'Election')).toBe(false);
  });

  it('reads a one-word place after a given name as a family name, and a name between an article and a title as a body', () => {
    const doc = extract('Senior Citibank executive William Rhodes met negotiator Antonio Padua de Seixas. An Operation Black Vote spokesman said so.');
    expect(names(doc, 'Person')).toEqual(['Antonio Padua de Seixas', 'William Rhodes']);
    expect(names(doc, 'City')).toEqual([]);
    expect(names(doc, 'Organization')).toEqual(['Citigroup', 'Operation Black Vote']);
  });

  it('reads a general secretary as the head, a region named with its noun in capitals, and a company after a sized interest', () => {
    const doc = extract('Zentrix Union General Secretary Ana Silva said gold is mined in Zorvia State, Brazil. Qarsa bought a 16 pct interest in Barros Nunes Mining but showed no interest in Tiago Costa.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Zentrix Union']);
    expect(names(doc, 'Region')).toEqual(['Zorvia State']);
    expect(names(doc, 'Organization')).toEqual(['Barros Nunes Mining', 'Zentrix Union']);
  });

  it('reads names joined by "and" after "<title> at" as one employer, a city opening a body\'s appositive as its seat, and an owner as affiliated', () => {
    const doc = extract(
      'Tiago Nunes, senior vice president at Brovanek Lustig and Jorrenby, noted it. Zentrix Group Inc, a Denver investment firm, said so. ' +
        'Qarsa Inc, which is owned by Ana Silva, a citizen of Kenya, agreed. Rui Costa, CME special counsel, said the board would meet.',
    );
    expect(names(doc, 'Organization')).toEqual(['Brovanek Lustig and Jorrenby', 'Chicago Mercantile Exchange', 'Qarsa Inc', 'Zentrix Group Inc']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Qarsa Inc', 'Rui Costa -> Chicago Mercantile Exchange', 'Tiago Nunes -> Brovanek Lustig and Jorrenby']);
    expect(triples(doc, 'LOCATED_IN')).toContain('Zentrix Group Inc -> Denver');
  });

  it('reads no body from a scheme or an event named after it, unless a place stands between', () => {
    const scheme = extract('The Cabinet Office said the Zentrix Service Pension Scheme would change.');
    expect(names(scheme, 'Organization')).toEqual(['Cabinet Office']);
    const summit = extract('The 2026 Zentrix Cities Federation Beijing Tourism Summit will be held in June.');
    expect(names(summit, 'Organization')).toEqual(['Zentrix Cities Federation']);
  });

  it('reads "its <title>" as the title of the body the sentence named before', () => {
    const doc = extract('Zentrix Corp said its president, Ana Silva, resigned. Qarsa Inc said Tiago Nunes, its chairman, would stay. Barros Co named Rui Costa as its new chief executive.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Zentrix Corp', 'Rui Costa -> Barros Co', 'Tiago Nunes -> Qarsa Inc']);
  });

  it('reads "a <title> for <body>, <name>" as the title of the body', () => {
    const doc = extract('A spokesman for Zentrix Bank, Tiago Nunes, said so.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Tiago Nunes -> Zentrix Bank']);
  });

  it('reads an appositive past the person\'s age', () => {
    const doc = extract('Ana Silva, 54, chief executive of Zentrix Bank, said so.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Zentrix Bank']);
  });

  it('reads "<name> works for <body>" as a staff member, and "<name> was appointed <title> of <body>" as the title', () => {
    const doc = extract('Ana Silva works for Zentrix Bank. Tiago Nunes, who now works at the Qarsa Council, agreed. Rui Costa was appointed chief executive of Barros Motors last year.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Zentrix Bank', 'Rui Costa -> Barros Motors', 'Tiago Nunes -> Qarsa Council']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Rui Costa -> Barros Motors']);
  });

  it('reads "<name>, who heads <body>" as its head, and "<body>, (which is) based in <place>" as its seat', () => {
    const doc = extract('Ana Silva, who also chairs the Zentrix Council, spoke. Qarsa Motors, which is headquartered in Nairobi, grew. The Barros Foundation, a charity based in Geneva, agreed.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Zentrix Council']);
    expect(triples(doc, 'LOCATED_IN')).toContain('Qarsa Motors -> Nairobi');
    expect(triples(doc, 'LOCATED_IN')).toContain('Barros Foundation -> Geneva');
  });

  it('quotes "<name> of <body> said" and "<name> at the <body> says"', () => {
    const doc = extract('Economist Ana Silva of Brindle Harcourt and Co said prices fell. Tiago Nunes at the Zentrix Bank says they will rise.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article', 'Tiago Nunes -> @article']);
  });

  it('quotes the subject of an appositive opened by "from" that the writer did not close, past "and" inside a name', () => {
    const doc = extract('Ana Silva, from the Zentrix and Qarsa Workers union said pay talks had failed.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article']);
  });

  it('reads a city after a company\'s legal name and a comma as its seat, where the city closes there', () => {
    const doc = extract('The firm bought Zentrix Foods Inc, Dallas. Qarsa Corp, Houston, said so. It sold Barros Co, Boston and Denver stores.');
    expect(triples(doc, 'LOCATED_IN').filter((t) => !t.endsWith('United States'))).toEqual(['Qarsa Corp -> Houston', 'Zentrix Foods Inc -> Dallas']);
  });

  it('reads a name no list knows in apposition to a title of a body with a long name', () => {
    const doc = extract('The ceremony was attended by the Governor of the Bank of the Zorvan PDR, Bounleua Sinxavor.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Bounleua Sinxavor -> Bank of the Zorvan PDR']);
  });

  it('reads a one-word place after a title and a word no list knows as a family name', () => {
    const doc = extract('"Demand is weak," said Zentrix chief Kenjiro Nagano. As chief operating officer, Taroichi Fukui leads Qarsa Motors. Mr Fukui said so.');
    expect(names(doc, 'Person')).toEqual(['Kenjiro Nagano', 'Taroichi Fukui']);
    expect(names(doc, 'City')).toEqual([]);
    expect(names(doc, 'Region')).toEqual([]);
  });

  it('reads a company\'s legal name with a word in brackets whole, and a newspaper\'s name with its ordinary first word', () => {
    const doc = extract('Legal Daily spoke with her. Acme General Components (Group) Holding Co Ltd and Vital Parts (Dongguan) Co Ltd will add lines. The Boao Forum for Asia (BFA) met.');
    expect(names(doc, 'Organization')).toEqual(['Acme General Components (Group) Holding Co Ltd', 'Boao Forum for Asia', 'Legal Daily', 'Vital Parts (Dongguan) Co Ltd']);
  });

  it('reads a family name that is an English word at a sentence\'s start, and no name from an opening adverb or a name before a year', () => {
    const doc = extract('He Yun, a researcher at Kyoto University, said so. Recently, Norwich Union cut rates. The Milano Cortina 2026 Winter Olympics open on Friday.');
    expect(names(doc, 'Person')).toEqual(['He Yun']);
    expect(names(doc, 'Organization')).toEqual(['Kyoto University', 'Norwich Union']);
  });

  it('reads a small town only with a place context, not from its capital letter', () => {
    const doc = extract('Titan, a California-based company, pleaded guilty. He grew up in the small Fife town of Kirkcaldy.');
    expect(names(doc, 'City')).toEqual(['Kirkcaldy']);
    expect(names(doc, 'Region')).toContain('Fife');
  });

  it('reads no body from the subject of a law\'s or regulation\'s title', () => {
    const doc = extract('China issued the Provisions on the Administration of Algorithm Recommendations in Internet Information Services. The Interim Measures for the Administration of Generative AI Services followed. The Economic Law School in East China University of Political Science and Law agreed.');
    expect(names(doc, 'Organization')).toEqual(['East China University of Political Science and Law', 'Economic Law School']);
  });

  it('reads no body from a stock ticker in angle or square brackets, and a person from dotted initials before a name', () => {
    const doc = extract('Acme Motors Corp <AMC> said it would buy back shares, Commerce Minister M.A. Munim said. I. The first point. Shares of Zentrix Co Ltd [ZTX.UL] grew. "He [President Rui Costa] agreed," a critic said.');
    expect(names(doc, 'Organization')).toEqual(['Acme Motors Corp', 'Zentrix Co Ltd']);
    expect(names(doc, 'Person')).toEqual(['M.A. Munim', 'Rui Costa']);
  });

  it('reads a name after a title and a country as a person, not as a body named after the country', () => {
    const doc = extract('Former Indonesian ambassador to China Sugeng Rahardjo told reporters. Embassy Minister Counsellor Lin Shiguang agreed. China Mobile grew.');
    expect(names(doc, 'Person')).toEqual(['Lin Shiguang', 'Sugeng Rahardjo']);
    expect(names(doc, 'Organization')).toEqual(['China Mobile']);
  });

  it('reads "The Australian firm" as a demonym and a noun, not as the newspaper', () => {
    expect(names(extract('The Australian firm Multiplex said it would break even.'), 'Organization')).toEqual(['Multiplex']);
  });

  it('reads the name after a title\'s portfolio, from the first word the name lists know', () => {
    const doc = extract('Minister of Agriculture and Rural Affairs Han Jun said so. The Chancellor of the Exchequer Gordon Brown agreed.');
    expect(names(doc, 'Person')).toEqual(['Gordon Brown', 'Han Jun']);
    // Where the lists know no word of the name, past the portfolio's everyday words.
    expect(names(extract('The plan of Minister of Social Affairs Jorvan de Kessel failed.'), 'Person')).toEqual(['Jorvan de Kessel']);
  });

  it('names a peer by the title and one name, and as the person named in full when the article names one', () => {
    expect(names(extract('Liberal Democrat chief executive Lord Rennard said so. The Lord Chancellor agreed.'), 'Person')).toEqual(['Lord Rennard']);
    expect(names(extract('Betty Boothroyd spoke first. Baroness Boothroyd said she believed it.'), 'Person')).toEqual(['Betty Boothroyd']);
  });

  it('reads no person from a name ending in a word the article writes in lower case, nor from a body\'s name read again by its shape', () => {
    const doc = extract('Zentrix is building the new Harwell stadium. Harwell Stadium will open in May. Ana Silva, the Harwell Chronicle editor, spoke to Harwell Chronicle readers.');
    expect(names(doc, 'Person')).toEqual(['Ana Silva']);
    expect(names(doc, 'Organization')).toContain('Harwell Chronicle');
  });

  it('reads "chief <country> economist" as a staff title, not a head\'s', () => {
    const doc = extract('"Prices are falling," said Ana Silva, chief Turkish economist for Zentrix Bank. Tiago Nunes, chief UK economist at Qarsa Capital, agreed. Rui Costa, chief China equity strategist for Barros Capital, said so.');
    expect(triples(doc, 'LEADER_OF')).toEqual([]);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Zentrix Bank', 'Rui Costa -> Barros Capital', 'Tiago Nunes -> Qarsa Capital']);
  });

  it('reads a name shaped like a person\'s after "<staff title> at" as the employer', () => {
    const doc = extract('"It is cheap," said Ana Silva, an analyst at Brovanek Dialog in Moscow.');
    expect(names(doc, 'Person')).toEqual(['Ana Silva']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Brovanek Dialog']);
  });

  it('reads the first word of one body\'s longer name as that body, among other bodies, but not when two bodies open with it', () => {
    const one = extract('The SEC looked into Harbour & Barros. Agencies rated Harbour lower. Harbour\'s chief executive, Ana Silva, spoke.');
    expect(names(one, 'Organization')).toEqual(['Harbour & Barros', 'Securities and Exchange Commission']);
    expect(triples(one, 'LEADER_OF')).toEqual(['Ana Silva -> Harbour & Barros']);
    const two = extract('Zentrix Motors was sold. Zentrix Foods was not. Zentrix\'s chief executive, Ana Silva, spoke.');
    expect(triples(two, 'LEADER_OF')).toEqual([]);
  });

  it('reads a person "of" a body neither list knows, and "and Co" inside the body\'s name', () => {
    const doc = extract('"Demand is firm," said Tiago Nunes of Brindle Harcourt and Co on Monday. Brindle Harcourt raised its estimate.');
    expect(names(doc, 'Person')).toEqual(['Tiago Nunes']);
    expect(names(doc, 'Organization')).toEqual(['Brindle Harcourt and Co']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Tiago Nunes -> Brindle Harcourt and Co']);
  });

  it('reads an acronym that is also a common one as the body the article spells out with those initials only', () => {
    const doc = extract('British Airways raised its fares. BA chairman Tiago Nunes said so. Ana Silva, an AI analyst at Apple Inc, agreed.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Tiago Nunes -> British Airways']);
    expect(triples(doc, 'AFFILIATED_WITH')).not.toContain('Ana Silva -> Apple');
  });

  it('keeps a second "of" tail naming a place in a body\'s name, and reads a company\'s acronym before its line of business as the company', () => {
    const doc = extract('Ana Silva of the Institute of Scientific and Technical Information of China spoke. SBC Communications bought a rival. SBC said so.');
    expect(names(doc, 'Organization')).toEqual(['Institute of Scientific and Technical Information of China', 'SBC Communications']);
  });

  it('reads a dateline city in capitals before an acronym, and an unknown dateline town before its country', () => {
    const seoul = extract('SEOUL ZX Electronics Inc said on Monday it would invest.');
    expect(names(seoul, 'City')).toEqual(['Seoul']);
    expect(names(seoul, 'Organization')).toEqual(['ZX Electronics Inc']);
    const town = extract('QARSABA, Syria An aid convoy entered a besieged town on Monday.');
    expect(triples(town, 'LOCATED_IN')).toEqual(['Qarsaba -> Syria']);
  });

  it('reads a name an appositive calls a kind of body as that body, unless it opens with a known given name', () => {
    const doc = extract('Brindle Engine, a manufacturer of diesel engines, said it was sold. Ana Silva, a trader at Zentrix Capital, agreed.');
    expect(names(doc, 'Organization')).toEqual(['Brindle Engine', 'Zentrix Capital']);
    expect(names(doc, 'Person')).toEqual(['Ana Silva']);
  });

  it('reads a hyphenated given name, a particle name after a title, and "Bros" closing a company\'s name', () => {
    const doc = extract('Karl-Heinz Brandt and Alois Huber spoke. They told envoy Tiago de Qarsa about Brindle Harcourt Bros.');
    expect(names(doc, 'Person')).toEqual(['Alois Huber', 'Karl-Heinz Brandt', 'Tiago de Qarsa']);
    expect(names(doc, 'Organization')).toEqual(['Brindle Harcourt Bros']);
  });

  it('reads a city\'s name the article calls a province as that province', () => {
    const doc = extract('Villages in Idlib province in Syria are encircled. Thousands more live in the northwestern province of Idlib. A line in Thailand runs to Nakhon Ratchasima province.');
    expect(names(doc, 'City')).toEqual([]);
    expect(names(doc, 'Region')).toEqual(['Idlib province', 'Nakhon Ratchasima']);
    expect(triples(doc, 'LOCATED_IN')).toEqual(['Idlib province -> Syria', 'Nakhon Ratchasima -> Thailand']);
  });

  it('reads a capitalised head\'s title without a body as a title of the one company the story names', () => {
    const doc = extract('Zentrix Motors curbed its autopilot. When it launched, Chief Executive Ana Silva said it was a test.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Zentrix Motors']);
  });

  it('reads a company\'s short name as the one company the article names in full with it, not a namesake group', () => {
    const doc = extract('Mitsubishi Motors cut jobs. Mitsubishi said sales fell.');
    expect(names(doc, 'Organization')).toEqual(['Mitsubishi Motors']);
  });

  it('reads a small town that shares a person\'s or a body\'s name only in a place context, even in a story naming its country', () => {
    const doc = extract('U.S. Ambassador Ana Silva spoke during the Council debate in Washington. Clinton agreed. Voters in Clinton, Iowa, disagreed.');
    expect(names(doc, 'City')).toEqual(['Clinton', 'Washington']);
  });

  it('starts another name at a capitalised "The" inside a run of capitals, as in a byline', () => {
    const doc = extract('Prices rose, said Anong Chai.\nKhoo Gek San The Star Asia News Network');
    expect(names(doc, 'Person')).toEqual(['Anong Chai', 'Khoo Gek San']);
    expect(names(doc, 'Organization').some((name) => name.includes('Khoo'))).toBe(false);
  });

  it('reads no person from a landmark\'s name, and no place from a people\'s adjective before "town of"', () => {
    const doc = extract('Tourists near the Qarsaba Mosque were hurt, said Ana Silva. Bombs hit the largely Kurdish town of Harwel.');
    expect(names(doc, 'Person')).toEqual(['Ana Silva']);
    expect(names(doc, 'Region')).toEqual([]);
  });

  it('reads two bodies the lexicon knows side by side in a credit line as two', () => {
    const doc = extract('Prices rose, said Anong Chai.\nThe Phnom Penh Post Asia News Network');
    expect(names(doc, 'Organization')).toEqual(['Asia News Network', 'The Phnom Penh Post']);
  });

  it('reads a single name after an honorific as a person, even when the article never gives the full name', () => {
    const doc = extract('Mr Harcourt has headed the preparations, but Dr Qarsa will run them.');
    expect(names(doc, 'Person')).toEqual(['Harcourt', 'Qarsa']);
  });

  it('keeps a country closing a body\'s name in it, as its national unit', () => {
    const doc = extract('Ana Silva, vice-president of Zentrix Data Corp China, said so. Zentrix Data Corp grew.');
    expect(names(doc, 'Organization')).toEqual(['Zentrix Data Corp', 'Zentrix Data Corp China']);
    expect(triples(doc, 'PART_OF')).toEqual(['Zentrix Data Corp China -> Zentrix Data Corp']);
  });

  it('reads a name after "<place>-based" as a body, and as the short name of a body named in full', () => {
    const doc = extract('Edinburgh-based Zentrix grew. Brindle Airlines lost money, and Houston-based Brindle cut jobs. A Beijing-based Qarsa-Tech enterprise agreed.');
    expect(names(doc, 'Organization')).toEqual(['Brindle Airlines', 'Zentrix']);
    expect(triples(doc, 'LOCATED_IN')).toEqual(['Brindle Airlines -> Houston', 'Zentrix -> Edinburgh']);
  });

  it('reads no person from a name that ends in a noun for a kind of body', () => {
    const doc = extract('Ana Silva is a member of the United Nations High Level Advisory Body on AI.');
    expect(names(doc, 'Person')).toEqual(['Ana Silva']);
  });

  it('reads no body from a body\'s acronym with a plural title, an event\'s final, or a common acronym', () => {
    const doc = extract('ZXP MEPs went AWOL before the Harwell Cup Final, said Ana Silva.');
    expect(names(doc, 'Organization')).toEqual(['ZXP']);
  });

  it('reads a name after "the city of" or "the town of" as that kind of place, but not after "<name> district of"', () => {
    const doc = extract('A siege holds the city of Deir al-Qarsa. Robots ran at a school in Pengshan district of Harwelton, Sichuan province.');
    expect(names(doc, 'City')).toEqual(['Deir al-Qarsa']);
  });

  it('binds a bare name to the body a later sentence introduces', () => {
    const doc = extract('Yukos chief executive Tiago Nunes spoke. Ana Silva, a lawyer for Yukos, agreed.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Tiago Nunes -> Yukos']);
  });

  it('reads no person from a name shape after "the"', () => {
    expect(names(extract('"Markets firmed," the Beige Book said. The Jewish Chronicle reported it.'), 'Person')).toEqual([]);
  });

  it('reads a person beside a post-nominal or a title in capitals, and no body from a technical acronym', () => {
    const doc = extract('Philippe Sands QC said so, and MSP Karen Whitefield agreed. Prices of DRAM and NAND chips rose.');
    expect(names(doc, 'Person')).toEqual(['Karen Whitefield', 'Philippe Sands']);
    expect(names(doc, 'Organization')).toEqual([]);
  });

  it('reads no body from an adverb opening a sentence, but a name an appositive introduces as one', () => {
    const doc = extract('Overall, the company\'s debt is falling. Likewise, the agency will act. Zentrix, the Italian food group at the centre of a scandal, grew.');
    expect(names(doc, 'Organization')).toEqual(['Zentrix']);
  });

  it('splits a dateline in capitals from the first name of the story, and reads an occupation before a name as a title', () => {
    const doc = extract('FRANKFURT Dialog Semiconductor Plc said sales would slow. Investor Ana Silva agreed.');
    expect(names(doc, 'City')).toEqual(['Frankfurt']);
    expect(names(doc, 'Organization')).toEqual(['Dialog Semiconductor Plc']);
    expect(names(doc, 'Person')).toEqual(['Ana Silva']);
  });

  it('reads no person from a plural title or a military abbreviation', () => {
    const doc = extract('The Law Lords ruled against Gen Pervez Musharraf, and the 14 Liberal MPs agreed.');
    expect(names(doc, 'Person')).toEqual(['Pervez Musharraf']);
  });

  it('reads names where a title word, a quotation mark or an -ing verb stands next to them', () => {
    const doc = extract('Tony Banks, Labour MP for West Ham, said so. He beat sitting MP Oona King. He said: "If Charles Kennedy is serious, he should act." "Making Michael Howard leader was right," he said.');
    expect(names(doc, 'Person')).toEqual(['Charles Kennedy', 'Michael Howard', 'Oona King', 'Tony Banks']);
  });

  it('reads the nationality a demonym gives before a title and its portfolio: a meeting at home is no visit', () => {
    const doc = extract('Chinese Minister of Agriculture and Rural Affairs Han Jun gives an interview after a meeting in Beijing.');
    expect(triples(doc, 'VISITED')).toEqual([]);
  });

  it.each([
    // A trip noun names its destination right after it, not every place later in the sentence.
    ["Ana Silva's visit underscored the consensus between Kenya and the Nordic countries.", []],
    ['Ana Silva wrapped up her visits to Denmark, Sweden and Norway on Tuesday.', ['Ana Silva -> Denmark', 'Ana Silva -> Norway', 'Ana Silva -> Sweden']],
    ['The four-day state visit will also take Ana Silva to Lyon.', ['Ana Silva -> Lyon']],
    // A visit to the country a story is filed from is a visit to the city it is filed from.
    ['OSLO -- Kenyan Foreign Minister Ana Silva wrapped up her visits to Denmark and Norway on Tuesday.', ['Ana Silva -> Denmark', 'Ana Silva -> Norway', 'Ana Silva -> Oslo']],
    // A relative of the person named travels, not the person; "his" just before a trip noun is the traveller.
    ["Ana Silva spoke. Mr Silva's father was arrested when travelling to London from Belfast to help his son.", []],
    ['Ana Silva spoke. On the fourth day of his tour of Kenya, the minister spoke again.', ['Ana Silva -> Kenya']],
    // A capitalised trigger inside a sentence is part of a title.
    ['Ana Silva is a Distinguished Visiting Professor at Kyoto University in Japan.', []],
    // The person met right after "met" is the host.
    ['Then Indonesian president Ana Silva met with Chairman Mao Zedong in Beijing.', ['Ana Silva -> Beijing']],
  ] as const)('VISITED from: %s', (text, expected) => {
    expect(triples(extract(text), 'VISITED')).toEqual(expected);
  });

  it('ties a minister to the ministry of the portfolio the article names, and reads hyphenated titles and honorifics', () => {
    const doc = extract('Agriculture Minister Captain Somchai Rattana spoke. The Agriculture Ministry agreed, as did Agriculture Ministry permanent-secretary Anong Chai, adviser Prof Malee Sri and Lord Justices Brandt and Huber.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Somchai Rattana -> Agriculture Ministry']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Anong Chai -> Agriculture Ministry', 'Somchai Rattana -> Agriculture Ministry']);
    expect(names(doc, 'Person')).toEqual(['Anong Chai', 'Malee Sri', 'Somchai Rattana']);
  });

  it('reads a side within a body between its name and a title as no part of the name, and its leader as a member', () => {
    const doc = extract('Yesterday Senate Majority leader Ana Silva said so. Conservative leader Tiago Nunes agreed.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Senate', 'Tiago Nunes -> Conservative Party']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Tiago Nunes -> Conservative Party']);
  });

  it('reads a country\'s possessive before a body in an appositive as the body\'s country, "in return" as no trip, and Malaysian honorifics', () => {
    const doc = extract('Eric Tan, president of Malaysia\'s Durian Association, spoke. In return, Thailand will act. Datuk Ana Silva of Brindle Harcourt Bhd agreed.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Eric Tan -> Durian Association']);
    expect(triples(doc, 'VISITED')).toEqual([]);
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Eric Tan']);
  });

  it('ties a secretary or a minister to the department of the portfolio the article names', () => {
    const doc = extract('Education Secretary Ana Silva and Education minister Tiago Nunes spoke for the Department for Education and Skills.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Department for Education and Skills', 'Tiago Nunes -> Department for Education and Skills']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Department for Education and Skills', 'Tiago Nunes -> Department for Education and Skills']);
  });

  it('reads the nationality of a demonym opening the sentence before a head of state\'s title', () => {
    const doc = extract('Kenyan President Ana Silva warned against protectionism in Kenya.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Kenya']);
  });

  it('reads "<body>\'s <part> <title>, <name>" as a member of the body, and "<body>\'s global <title>" as its head', () => {
    const doc = extract("The Zentrix Party's health spokeswoman, Ana Silva, was pleased. But Brindle Group's global chief executive, Tiago Nunes, was not.");
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Zentrix Party', 'Tiago Nunes -> Brindle Group']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Tiago Nunes -> Brindle Group']);
  });

  it('reads no trade between two countries listed as the destinations of one export, and no body from a ticker with its exchange', () => {
    const doc = extract('France asked for rebates on maize trade for export to Switzerland, Austria and Liechtenstein. Brindle Bank Plc <BRB.L> said so.');
    expect(triples(doc, 'TRADES_WITH')).toEqual([]);
    expect(names(doc, 'Organization')).toEqual(['Brindle Bank Plc']);
  });

  it('knows countries of older news: the Soviet Union by name and demonym, West Germany as Germany', () => {
    const doc = extract('About 8,000 West German farmers marched in Kiel. The Soviet Union bought wheat, Soviet officials said.');
    expect(names(doc, 'Country')).toEqual(['Soviet Union']);
    expect(names(extract('Farmers marched in Kiel, West Germany.'), 'Country')).toEqual(['West Germany']);
    expect(names(doc, 'Organization')).toEqual([]);
  });

  it('reads "<name> of <place>-based <body>" as a member of the body', () => {
    const doc = extract('"We will grow," said Ana Silva of Beijing-based Zentrix Technology Co, the developer.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Zentrix Technology Co']);
  });

  it('places a city in the province or state the article also names, from world knowledge', () => {
    const doc = extract('Factories in Hefei grew. Anhui officials were pleased, as were those of Ohio, where Cleveland lies.');
    expect(triples(doc, 'LOCATED_IN')).toEqual(['Cleveland -> Ohio', 'Hefei -> Anhui']);
  });

  it('reads "<body> <part> <title> <name>" as a member of the body, but not across a verb', () => {
    const doc = extract('Zentrix Party election chief Ana Silva denied it, after the Conservatives accepted Prime Minister Tiago Nunes\'s promise.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Zentrix Party']);
    expect(triples(doc, 'LEADER_OF')).toEqual([]);
  });

  it('reads a bare head\'s title in an appositive as a title of the story\'s one company, not across a list', () => {
    const doc = extract('Zentrix Engine Inc said it was sold. Ana Silva, current chairman and chief executive officer, will remain as chairman. From left: Tiago Nunes, chairman, management committee for Qarsa.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Zentrix Engine Inc']);
  });

  it('counts the person met in a city as a visitor only when known to come from elsewhere', () => {
    const doc = extract('Russian President Anton Volkov met Thai Prime Minister Somchai Rattana in Beijing on Tuesday. Volkov later met Ana Silva in Beijing.');
    expect(triples(doc, 'VISITED')).toEqual(['Anton Volkov -> Beijing', 'Somchai Rattana -> Beijing']);
  });

  it('counts a tour of places in one\'s own country, but not the country itself', () => {
    const doc = extract('Labour MP Ana Silva is visiting Manchester and Liverpool this week.');
    expect(triples(doc, 'VISITED')).toEqual(['Ana Silva -> Liverpool', 'Ana Silva -> Manchester']);
  });

  it('reads a nationality from an appositive: a return home is no visit', () => {
    const doc = extract('Ana Silva, a Kenyan economist, returned to Nairobi after visiting Paris. Kenya welcomed her.');
    expect(triples(doc, 'VISITED')).toEqual(['Ana Silva -> Paris']);
  });

  it('reads a name opened by a word of bodies\' names as a body, unless a rank follows', () => {
    const doc = extract('Air Zentrix and Banco Qarsa grew, and the Indian Air Force bought jets, said Air Chief Marshal Ana Silva. Air Zentrix\'s managing director Tiago Nunes agreed.');
    expect(names(doc, 'Organization')).toEqual(['Air Zentrix', 'Banco Qarsa', 'Indian Air Force']);
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Tiago Nunes']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Tiago Nunes -> Air Zentrix']);
  });

  it('reads "<name> is a <title> at <body>" as an appositive, but not a title deep in a clause or a possessive after it', () => {
    const doc = extract('Ana Silva is an associate professor at Zentrix University and a researcher at Qarsa Institute. Tiago Nunes has been stalking the premier league club. Nunes became adviser on Kenya\'s economy. Nunes later visited Kenya.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Qarsa Institute', 'Ana Silva -> Zentrix University']);
    expect(triples(doc, 'VISITED')).toEqual(['Tiago Nunes -> Kenya']);
  });

  it('reads "committee chairman <name>" as the leader of the one committee named before, not of one of two parties', () => {
    const doc = extract('The Zentrix Trade Committee met. The bill, sponsored by committee Chairman Ana Silva, passed. The Qarsa Party attacked the Zentrix Party, and party leader Tiago Nunes spoke.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Zentrix Trade Committee']);
  });

  it('reads "U.S. Treasury Secretary <name>" as the head of the department, and the country its name opens with', () => {
    const doc = extract('Brazil explained its moves to U.S. Treasury Secretary Ana Silva in New York.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> US Department of the Treasury']);
    expect(names(doc, 'Country')).toEqual(['Brazil', 'United States']);
    expect(triples(doc, 'LOCATED_IN')).toContain('New York -> United States');
  });

  it('reads who came to the dateline\'s city "here": the subject, not the person met', () => {
    const doc = extract('WASHINGTON, March 3 - U.S. banks will meet with Federal Reserve Chairman Ana Silva here tomorrow.\nKenyan Finance Minister Tiago Nunes, who told reporters here that he wanted talks, held discussions here with Silva and Treasury Secretary Rui Costa.');
    expect(triples(doc, 'VISITED')).toEqual(['Tiago Nunes -> United States', 'Tiago Nunes -> Washington']);
  });

  it('reads a dateline city of two words ("NEW YORK, March 3")', () => {
    const doc = extract('NEW YORK, March 3 - Banks agreed to lend more.\nTrade Minister Ana Silva of Brazil arrived here yesterday for talks.');
    expect(triples(doc, 'VISITED')).toEqual(['Ana Silva -> New York']);
  });

  it('gives the speech to the person a relative clause describes, and reads "another country\'s <noun>" as no body named before', () => {
    const doc = extract('Barclays wrote to banks. Ana Silva, who met senior banker Tiago Nunes today, told the banks that a telex was coming. Silva, director of the Kenyan central bank\'s debt department, met them.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual([]);
  });

  it('believes a small town of two words after a preposition of place, and no body\'s acronym seen only in a headline in capitals', () => {
    const doc = extract('The line runs from Durham to Newton Aycliffe, Transport Minister and Deputy PM Ana Silva said.', 'OFFICIALS SET AGENDA FOR RAIL TALKS');
    expect(names(doc, 'City')).toEqual(['Durham', 'Newton Aycliffe']);
    expect(names(doc, 'Organization')).toEqual([]);
    expect(names(doc, 'Person')).toEqual(['Ana Silva']);
  });

  it('reads a meeting with people whose long titles stand between the verb and their names', () => {
    const doc = extract('Ana Silva had met separately with Kenyan Deputy Prime Minister and Foreign Minister Tiago Nunes, and Ugandan Deputy Prime Minister and Foreign Minister Rui Costa.');
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Rui Costa', 'Ana Silva -> Tiago Nunes']);
  });

  it('reads a person-shaped name after a noun for a body as the body, and a landmark as no person', () => {
    const doc = extract('French luxury goods firm Louis Zentrix is suing sellers. Louis Zentrix could not be reached. Crowds gathered near the Blue Mosque by Spring.');
    expect(names(doc, 'Organization')).toEqual(['Louis Zentrix']);
    expect(names(doc, 'Person')).toEqual([]);
    expect(names(doc, 'City')).toEqual([]);
  });

  it('does not glue a day after its preposition to the name that follows', () => {
    const doc = extract('Qarsa Inc said on Thursday Zentrix Electronics Co Ltd will make its chips.');
    expect(names(doc, 'Organization')).toEqual(['Qarsa Inc', 'Zentrix Electronics Co Ltd']);
  });

  it('quotes the people a "who said" clause describes, and gives a foreign secretary only his own country\'s department', () => {
    const doc = extract('Critics named Secretary of State Ana Silva and Defense Secretary Tiago Nunes, who said they opposed the plan. The U.S. Treasury agreed. Argentine Treasury Secretary Rui Costa did not.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article', 'Tiago Nunes -> @article']);
    expect(triples(doc, 'LEADER_OF')).toEqual([]);
  });

  it('places no city in the place after it when both open a list', () => {
    const doc = extract('Stops in Shrewsbury, North Dorset, Liverpool and Basingstoke are planned. Hanover, Germany, hosts a fair.');
    expect(triples(doc, 'LOCATED_IN')).toEqual(['Hanover -> Germany']);
  });

  it('gives a title after a noun for an unnamed body to no other body', () => {
    const doc = extract('Zentrix Motors faces a strike. After talks ended, union leader Ana Silva told reporters that workers will strike.');
    expect(triples(doc, 'LEADER_OF')).toEqual([]);
  });

  it('keeps the ordinary first word of a name opening a sentence when the article writes the name inside a sentence too', () => {
    const doc = extract('A report by the National Zentrix Office was published. National Zentrix Office chief Ana Silva said more was needed.');
    expect(names(doc, 'Organization')).toEqual(['National Zentrix Office']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> National Zentrix Office']);
  });

  it('reads a body named after a consultancy noun, a "for" tail after a body\'s tail, and a long appositive to the end of the name', () => {
    const doc = extract('"It is a club," said Ana Silva, global managing director at German management consultancy Roland Zentrix. Tiago Nunes, executive deputy director of the Office of the Central Commission for Financial and Economic Affairs, agreed.');
    expect(names(doc, 'Organization')).toEqual(['Office of the Central Commission for Financial and Economic Affairs', 'Roland Zentrix']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Roland Zentrix', 'Tiago Nunes -> Office of the Central Commission for Financial and Economic Affairs']);
  });

  it('reads "<body> boss <name>" as its head, quotes no one named only as whose associate the speaker is, and gives a reported trip to no speaker', () => {
    const doc = extract('A close associate of former Zentrix boss Ana Silva has told a court that the charges are false. Fiat boss Tiago Nunes said that while the plane may be able to fly to Sydney, it would stop on the way. Nunes also declares a trip to Mexico.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Tiago Nunes -> @article']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Tiago Nunes -> Fiat']);
    expect(triples(doc, 'VISITED')).toEqual(['Tiago Nunes -> Mexico']);
  });

  it('reads an en dash between two words with no space as a hyphen', () => {
    const doc = extract('Loans from the Export–Import Bank of China rose as US–China trade tensions eased.');
    expect(names(doc, 'Organization')).toEqual(['Export-Import Bank of China']);
    expect(triples(doc, 'TRADES_WITH')).toEqual(['China -> United States']);
  });

  it('reads "<town>, <state abbreviation>" as a town in that US state, and no state in "Midnight Mass."', () => {
    const doc = extract('Zentrix Corp moved from Qarsaville, Conn., to Dedham, Mass., last year. Its staff went to Christmas Midnight Mass.');
    expect(names(doc, 'City')).toEqual(['Dedham', 'Qarsaville']);
    expect(triples(doc, 'LOCATED_IN')).toEqual(expect.arrayContaining(['Dedham -> Massachusetts', 'Qarsaville -> Connecticut']));
    expect(names(doc, 'Region')).toEqual(['Connecticut', 'Massachusetts']);
  });

  it('reads party members named after the party, portfolio secretaries as heads of British offices, and "<party> home affairs spokesman"', () => {
    const doc = extract('But Tory Ana Silva said it. Liberal Democrat home affairs spokesman Tiago Nunes agreed. Home Secretary Rui Costa said the Home Office would act.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Conservative Party', 'Rui Costa -> Home Office', 'Tiago Nunes -> Liberal Democrats']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Rui Costa -> Home Office']);
  });

  it('keeps the article of a known name that opens a credit line of two bodies', () => {
    const doc = extract('Ministers met in Bangkok on Friday.\nXinhua The Star Asia News Network');
    expect(names(doc, 'Organization')).toEqual(['Asia News Network', 'The Star', 'Xinhua News Agency']);
  });

  it('places no wide area in the country named after it', () => {
    const doc = extract('The plan links Europe, China, and the rest of the world.');
    expect(triples(doc, 'LOCATED_IN')).toEqual([]);
  });

  it('reads no small town after "the" before a noun, and prefers a namesake in a province the article names unless far less known', () => {
    const doc = extract('An inquiry in the United States, the Lyons review, reported. Firms in Ohio and in London grew.');
    expect(names(doc, 'City')).toEqual(['London']);
    expect(triples(doc, 'LOCATED_IN')).not.toContain('London -> Ohio');
  });

  it('reads known names with "on" inside, embassies abroad, and "<body>, owned by <body>"', () => {
    const doc = extract('Ana Silva, official spokesman of the General Agreement on Tariffs and Trade, said so. Tiago Nunes, minister-counsellor of the Chinese Embassy in Malaysia, agreed. Zentrix Fashion Co, owned by Qarsa Group, sued.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> General Agreement on Tariffs and Trade', 'Tiago Nunes -> Chinese Embassy in Malaysia']);
    expect(triples(doc, 'PART_OF')).toEqual(['Zentrix Fashion Co -> Qarsa Group']);
  });

  it('reads the portfolio of a minister who holds a second title', () => {
    const doc = extract('The Transport Ministry agreed. Transport Minister and Deputy PM Ana Silva said so.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Transport Ministry']);
  });

  it('binds two capitals to the body the article spells out with those initials, and names the speaker after a body\'s long name', () => {
    const doc = extract('The Zentrix Times has learnt it. Deputy Prime Minister Ana Silva told ZT on Monday that it was fine. "Demand is strong," said Malaysia External Trade Development Corp deputy chief executive Tiago Nunes in July.');
    expect(triples(doc, 'INTERVIEWED_BY')).toEqual(['Ana Silva -> Zentrix Times']);
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article', 'Tiago Nunes -> @article']);
  });

  it('reads a name before a stock ticker as a company, and "indicated" as reported speech', () => {
    const doc = extract('Zentrix is negotiating with Ana Eastern <AEP>. Tiago Nunes, director-general of Zentrix, indicated in an interview that imports would rise.');
    expect(names(doc, 'Organization')).toEqual(['Ana Eastern', 'Zentrix']);
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Tiago Nunes -> @article']);
  });

  it('reads no visit to a place one travels outside', () => {
    const doc = extract('Ana Silva met leaders in Paris. It was her first trip outside the former Soviet Union in years.');
    expect(triples(doc, 'VISITED')).toEqual(['Ana Silva -> Paris']);
  });

  it('reads no person in a name before a landmark noun in lower case', () => {
    const doc = extract('The train, which departed from Zen Ta Qar station on Sunday, will arrive in Chengdu.');
    expect(names(doc, 'Person')).toEqual([]);
  });

  it('reads no body in a country before an unknown word after "a"', () => {
    const doc = extract('The council set up a panel to examine a U.S. Complaint that a Kenyan law was unfair.');
    expect(names(doc, 'Organization')).toEqual([]);
  });

  it('reads "<title> <name> of <firm of two surnames>" as the person and the firm, even where the title is a paper\'s name', () => {
    const doc = extract('Economist Tiago Nunes of Barros and Drew estimates that prices fell.');
    expect(names(doc, 'Person')).toEqual(['Tiago Nunes']);
    expect(names(doc, 'Organization')).toEqual(['Barros and Drew']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Tiago Nunes -> Barros and Drew']);
  });

  it('keeps the person in "<name> of <one unknown word>", and no employer in "<name> of <body>\'s results"', () => {
    const doc = extract('Analyst Ana Silva of Qarsa estimates that prices fell. "It is the sales," said Tiago Nunes of Zentrix Bank\'s strong results.');
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Tiago Nunes']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual([]);
  });

  it('reads "<date> group president <name>" as the head of the body introduced as a group, and a possessive\'s subsidiary as its part', () => {
    const doc = extract(
      'MILAN, March 4 - Italian steel group Zentrix Acciai said it expects a loss. In late January group president Ana Silva told reporters so. ' +
        "Tiago Nunes, president of Zentrix's shipping subsidiary Cie de Qarsa, told reporters that sales rose.",
    );
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Zentrix Acciai', 'Tiago Nunes -> Cie de Qarsa']);
    expect(triples(doc, 'PART_OF')).toEqual(['Cie de Qarsa -> Zentrix Acciai']);
  });

  it('quotes the subject of "was quoted as saying", also after an appositive before the name', () => {
    const doc = extract('"We will work hard," an engineer working for Zentrix Group, Ana Silva, was quoted as saying. "Costs rose," Tiago Nunes was quoted as saying.');
    expect(triples(doc, 'QUOTED_IN').map((t) => t.split(' -> ')[0])).toEqual(['Ana Silva', 'Tiago Nunes']);
  });

  it('reads a credit line as its writers and outlets, and a name closed by "Sea" as a sea', () => {
    const doc = extract('The ships sailed in the Zentrix Sea on Monday.\nAna Silva China Daily Asia News Network\nTiago Nunes Joyce ZK Lim The Straits Times');
    expect(names(doc, 'Organization')).toEqual(['Asia News Network', 'China Daily', 'The Straits Times']);
    expect(names(doc, 'Region')).toEqual(['Zentrix Sea']);
  });

  it('reads both small towns of a pair after a preposition of place, and no person before "railway station"', () => {
    const doc = extract('The goods went to Truro and Falmouth on Monday. A train links Zen Ta Qar railway station with Chengdu.');
    expect(names(doc, 'City')).toEqual(['Chengdu', 'Falmouth', 'Truro']);
    expect(names(doc, 'Person')).toEqual([]);
  });

  it('reads "minister of <portfolio> and <portfolio>" as no body, and "vice president of <company>" as the company', () => {
    const doc = extract('Ana Silva, minister of Industry and Information Technology, said so. Tiago Nunes, vice president of Zentrix Group, agreed.');
    expect(names(doc, 'Organization')).toEqual(['Zentrix Group']);
  });

  it('keeps a saint\'s possessive in a name, and reads no city opening a landmark\'s name', () => {
    const doc = extract("St Mary's Hospital said so. He visited St Aldric's Middle School in Truro. The dinner was at Leeds Castle.");
    expect(names(doc, 'Organization')).toEqual(["St Aldric's Middle School", "St Mary's Hospital"]);
    expect(names(doc, 'City')).toEqual(['Truro']);
  });

  it('reads a short name before the acronym the lexicon knows as that body, and "<body>, <country>\'s biggest lender" as its seat', () => {
    const doc = extract("Agricultural Bank (ABC), China's third-largest lender, reported profits. Zentrix, Brazil's largest airline, agreed.");
    expect(names(doc, 'Organization')).toEqual(['Agricultural Bank of China', 'Zentrix']);
    expect(triples(doc, 'LOCATED_IN')).toEqual(['Agricultural Bank of China -> China', 'Zentrix -> Brazil']);
    expect(triples(doc, 'PART_OF')).toEqual([]);
  });

  it('reads titles of bodies in a list of guests: "<title> of <body> in <country>, <name>" and "<title> of <body> (<acronym>) <name>"', () => {
    const doc = extract(
      "Guests included Charge d'Affaires of the Brazilian Embassy in Peru, Ana Silva; Senior Vice President of the Agricultural Bank of China (ABC) Tiago Nunes; and Director of the Research Bureau of the People's Bank of China, Rui Costa.",
    );
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual([
      'Ana Silva -> Brazilian Embassy in Peru',
      "Rui Costa -> People's Bank of China",
      "Rui Costa -> Research Bureau of the People's Bank of China",
      'Tiago Nunes -> Agricultural Bank of China',
    ]);
  });

  it('reads the parent a known body\'s name holds ("CPC Central Committee"), and none of another country ("BNP Paribas")', () => {
    const doc = extract('Ana Silva, a member of the CPC Central Committee, spoke. BNP Paribas agreed.');
    expect(names(doc, 'Organization')).toEqual(['BNP Paribas', 'Central Committee of the Communist Party of China', 'Communist Party of China']);
    expect(triples(doc, 'PART_OF')).toEqual(['Central Committee of the Communist Party of China -> Communist Party of China']);
    expect(triples(doc, 'AFFILIATED_WITH')).toContain('Ana Silva -> Communist Party of China');
  });

  it('reads a one-word national body as the one of the country the article names most, not as a portfolio or a security', () => {
    const uk = extract('LONDON, March 2 - U.K. Chancellor Ana Silva told Kenya that, a Treasury spokesman said. Speaking to Parliament, Tiago Nunes agreed. The Labour Party\'s Treasury spokesman and shadow chief secretary to the Treasury, Sara Lopes, disagreed.');
    expect(names(uk, 'Organization')).toEqual(['HM Treasury', 'Labour Party', 'Parliament of the United Kingdom']);
    expect(triples(uk, 'AFFILIATED_WITH')).not.toContain('Sara Lopes -> HM Treasury');
    const us = extract('WASHINGTON, March 2 - A U.S. trader said Treasury bond prices rose.');
    expect(names(us, 'Organization')).toEqual([]);
  });

  it('reads chief officers\' titles, a Malaysian honorific, and the body named in an opening "For the <body>,"', () => {
    const doc = extract('Zentrix Media Group chief content officer Paduka Ana Silva opened the event. For the Conservatives, shadow health secretary Tiago Nunes said the plan would fail.');
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Tiago Nunes']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Zentrix Media Group', 'Tiago Nunes -> Conservative Party']);
  });

  it('reads "<body> is a subsidiary of <group>" and "<group> owns <body>" as parts, but not a stake', () => {
    const doc = extract('Zentrix Motors is a subsidiary of Qarsa Group. Barros Holdings owns Nunes Foods. Barros Holdings owns 20 percent of Costa Mining.');
    expect(triples(doc, 'PART_OF')).toEqual(['Nunes Foods -> Barros Holdings', 'Zentrix Motors -> Qarsa Group']);
  });

  it('reads a known body whose name opens another known body\'s as its parent, even after an everyday word', () => {
    const doc = extract('The United Nations General Assembly adopted it. The State Council Information Office agreed.');
    expect(triples(doc, 'PART_OF')).toEqual(['State Council Information Office -> State Council', 'United Nations General Assembly -> United Nations']);
  });

  it('reads no part of a body before "members" ("<union>\'s <alliance> members")', () => {
    const doc = extract("The European Union's NATO members met on Monday.");
    expect(triples(doc, 'PART_OF')).toEqual([]);
  });

  it('reads a known body opening a longer name as the unit\'s parent, but not across a legal form', () => {
    const doc = extract('Ana Silva, director of Kyoto University Library, spoke. Tiago Nunes of Deutsche Bank AG agreed.');
    expect(triples(doc, 'PART_OF')).toEqual(['Kyoto University Library -> Kyoto University']);
    expect(triples(doc, 'AFFILIATED_WITH')).toContain('Ana Silva -> Kyoto University');
  });

  it('reads a body\'s noun opening a sentence before a title as the one body named with that noun', () => {
    const doc = extract('China and Denmark agreed to cooperate, the Foreign Ministry said.\nMinistry spokeswoman Ana Silva made the remarks.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Foreign Ministry']);
  });

  it('reads "<name>, of <capitalised words>, said" as the body the person speaks for', () => {
    const doc = extract('Ana Silva, of Campaign for Coastal Rail, said the new line would help.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Campaign for Coastal Rail']);
  });

  it('gives a bare title no body nearby when a party is named there too', () => {
    const doc = extract('Tiago Nunes quit the Zentrix Assembly. The Labour Party says he should stand down. Its leader, Ana Silva, said so.');
    expect(triples(doc, 'LEADER_OF')).toEqual([]);
  });

  it('reads a name whose stock is owned as a company, whatever its shape', () => {
    const doc = extract('Shares in Barros Holdings and Tiago Nunes plunged. Qarsa sold 900,000 Rui Costa shares. Its share of GDP rose.');
    expect(names(doc, 'Organization')).toEqual(['Barros Holdings', 'Rui Costa', 'Tiago Nunes']);
    expect(names(doc, 'Person')).toEqual([]);
  });

  it('reads a body introduced by its noun even where its name ends in an event\'s word, and no name in "AI-driven"', () => {
    const doc = extract('Entertainment company Zentrix Games has benefited. The city wants to be a hub for AI-driven QRXs.');
    expect(names(doc, 'Organization')).toEqual(['Zentrix Games']);
    expect(names(doc, 'Person')).toEqual([]);
  });

  it('reads imports "from" two countries as each one\'s trade with the country the subject refers back to', () => {
    const doc = extract("Brazil's demand for copper has grown. The country imported 900 tonnes last year, 600 tonnes of it from Chile and 300 tonnes from Peru.");
    expect(triples(doc, 'TRADES_WITH')).toEqual(['Brazil -> Chile', 'Brazil -> Peru']);
  });

  it('reads bodies listed after a plural noun for bodies one by one, and a country paired with a bloc', () => {
    const doc = extract('Investment groups Barros Vieira and Nunes Partners invested. It set a precedent for China-Asean ties.');
    expect(names(doc, 'Organization')).toEqual(['Association of Southeast Asian Nations', 'Barros Vieira', 'Nunes Partners']);
    expect(names(doc, 'Country')).toEqual(['China']);
  });

  it('reads what a body backs as a body, and a title before it as its own, not the backer\'s', () => {
    const doc = extract('Ana Silva, president of Zentrix-backed Rui Costa Engine, said the company grew.');
    expect(names(doc, 'Organization')).toEqual(['Rui Costa Engine', 'Zentrix']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Rui Costa Engine']);
  });

  it('reads "Latin American" as no country\'s adjective', () => {
    const doc = extract('Latin American sales to China rose 10%, while North American firms held back.');
    expect(names(doc, 'Country')).toEqual(['China']);
    expect(names(doc, 'Person')).toEqual([]);
    expect(triples(doc, 'TRADES_WITH')).toEqual([]);
  });

  it('keeps "and the" inside a name the lexicon knows, and splits it elsewhere', () => {
    const doc = extract("The Economic Commission for Latin America and the Caribbean said growth slowed. Nigeria and the World Bank agreed.");
    expect(names(doc, 'Organization')).toEqual(['Economic Commission for Latin America and the Caribbean', 'World Bank']);
    expect(names(doc, 'Country')).toEqual(['Nigeria']);
  });

  it('reads a name that opens in lower case where the lexicon knows it', () => {
    const doc = extract('Shares in eBay rose, and its servers used 5 kWh.');
    expect(names(doc, 'Organization')).toEqual(['eBay']);
  });

  it('reads "<name>, <name> and Co" as one firm', () => {
    const doc = extract('Rates will fall, said Ana Silva, analyst with Barros, Nunes and Co, on Monday.');
    expect(names(doc, 'Organization')).toEqual(['Barros, Nunes and Co']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Barros, Nunes and Co']);
  });

  it('gives a bare head\'s title in wire copy to the one company of its headline in capitals', () => {
    const body = 'AMSTERDAM, March 2 - Heineken said it will buy back stock. Its units Qarsa Corp and Tiago Systems Corp gained. "We are confident," said Chairman Ana Silva.';
    expect(triples(extract(body, 'HEINEKEN TO BUY BACK STOCK'), 'LEADER_OF')).toEqual(['Ana Silva -> Heineken']);
    expect(triples(extract(body, 'Heineken buys back stock'), 'LEADER_OF')).toEqual([]);
  });

  it('reads a journal\'s name after "Minister of" as the portfolio', () => {
    const doc = extract('Ana Silva, the Deputy Prime Minister - Minister of Foreign Affairs of Peru, arrived in Lima.');
    expect(names(doc, 'Organization')).toEqual([]);
    expect(names(doc, 'Person')).toEqual(['Ana Silva']);
  });

  it('reads no body in a country before an ordinary word that wire copy capitalised', () => {
    const doc = extract('If Brazil stopped buying U.S. Bonds, U.S. Farmers would suffer. Peru Year events opened.');
    expect(names(doc, 'Organization')).toEqual([]);
    expect(names(doc, 'Country')).toEqual(['Brazil', 'Peru', 'United States']);
  });

  it('reads "<head\'s title> for <capitalised words>" as a portfolio, and "<staff title> for <body>" as the employer', () => {
    const doc = extract('"We will see," said Ana Silva, Zentrix Bank\'s Vice President for Financial Communications. "Rates will rise," said Tiago Nunes, chief economist for Qarsa Bank.');
    expect(names(doc, 'Organization')).toEqual(['Qarsa Bank', 'Zentrix Bank']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Zentrix Bank', 'Tiago Nunes -> Qarsa Bank']);
  });

  it('reads telling a press agency as an interview', () => {
    const doc = extract('"We will appeal," Zentrix spokesman Ana Silva told Qarsa Press on Monday.');
    expect(triples(doc, 'INTERVIEWED_BY')).toEqual(['Ana Silva -> Qarsa Press']);
  });

  it('reads "<name>, <body> said" at a sentence\'s start as a member speaking for the body, not "of <name>, <body> said"', () => {
    const doc = extract('Ana Silva, Zentrix Hotel Association said: "We tried hard." On the suspension of Tiago Nunes, the Qarsa Party said it knew nothing.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Zentrix Hotel Association']);
  });

  it('reads dotted initials between a given name and a surname as a middle name', () => {
    const doc = extract('"Demand grows," said Peter T.C. Zentrix, a researcher at Qarsa University.');
    expect(names(doc, 'Person')).toEqual(['Peter T.C. Zentrix']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Peter T.C. Zentrix -> Qarsa University']);
  });

  it('reads a person-shaped name closed by a country as a company\'s national unit, which names the country', () => {
    const doc = extract('Demand rose, according to Ana Silva, regional director of Tiago Zentrix China, which covers the area.');
    expect(names(doc, 'Organization')).toEqual(['Tiago Zentrix China']);
    expect(names(doc, 'Person')).toEqual(['Ana Silva']);
    expect(names(doc, 'Country')).toEqual(['China']);
  });

  it('reads the speaker of an appositive the writer did not close, but not "<name>, the <noun> says"', () => {
    const doc = extract('Ana Silva, a strategist at Zentrix Securities told Reuters that it was fine. A note went to Tiago Nunes, the family\'s lawyer says.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article']);
    expect(triples(doc, 'INTERVIEWED_BY')).toEqual(['Ana Silva -> Reuters']);
  });

  it('places no city in a country that opens the clause after it', () => {
    const doc = extract('In Geneva, Kenya and the European Union signed a deal.');
    expect(triples(doc, 'LOCATED_IN')).not.toContain('Geneva -> Kenya');
  });

  it('reads a common noun\'s acronym as no body unless spelled out, and the Home Office at a paragraph\'s start after "home country"', () => {
    const doc = extract('Farmers worried about BSE. Visitors return to their home country.\nHome Office Minister Ana Silva says checks exist.');
    expect(names(doc, 'Organization')).toEqual(['Home Office']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Home Office']);
  });

  it('reads the body in the comma slot after a bare title, but not after a clause', () => {
    const doc = extract('From left: Ana Silva, China country head, Zentrix Bank AG, and Tiago Nunes, managing director, Qarsa Group. Talks are planned with Rui Costa, according to statements from the prosecutor\'s office, Europol, and the police.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Zentrix Bank AG', 'Tiago Nunes -> Qarsa Group']);
  });

  it('knows football clubs that business news reports on, and reads a non-executive director as no head', () => {
    const doc = extract('Shares in Borussia Dortmund fell. Zentrix Motors non-executive director Ana Silva and commercial director Tiago Nunes left.');
    expect(names(doc, 'Organization')).toEqual(['Borussia Dortmund', 'Zentrix Motors']);
    expect(names(doc, 'City')).toEqual([]);
    expect(triples(doc, 'LEADER_OF')).toEqual([]);
  });

  it('reads no company in the words of a headline in capitals before a ticker', () => {
    const doc = extractArticle({ id: 'test', title: 'ZEN <ZNX> REDUCING STAKE IN QARSA <QRS>', text: 'ZEN <ZNX> REDUCING STAKE IN QARSA <QRS>\nZentrix Corp said it would sell shares of Qarsa Inc.\n', source: 'test.txt' });
    expect(names(doc, 'Organization').some((name) => name.includes('STAKE'))).toBe(false);
  });

  it('reads the person named after "<title> of the <body of a place>", and a meeting in the progressive', () => {
    const doc = extract('Tiago Nunes and Rui Costa are meeting Governor of the Bank of England Marta Sousa on Friday.');
    expect(names(doc, 'Organization')).toEqual(['Bank of England']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Marta Sousa -> Bank of England']);
    expect(triples(doc, 'MET_WITH')).toEqual(expect.arrayContaining(['Marta Sousa -> Tiago Nunes', 'Marta Sousa -> Rui Costa']));
  });

  it('gives a trip in a second verb phrase to both people of a joint subject', () => {
    const doc = extract('Tiago Nunes and Rui Costa toured the region last month and will this week visit France and Italy.');
    expect(triples(doc, 'VISITED')).toEqual(['Rui Costa -> France', 'Rui Costa -> Italy', 'Tiago Nunes -> France', 'Tiago Nunes -> Italy']);
    const told = extract('Tiago Nunes and Rui Costa said officials would visit France.');
    expect(triples(told, 'VISITED')).toEqual([]);
  });

  it('reads the speaker of a quotation whose appositive the writer did not close', () => {
    const doc = extract('"We are checking the options," Ana Silva, a Zentrix spokeswoman told the BBC.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article']);
    expect(triples(doc, 'INTERVIEWED_BY')).toEqual(['Ana Silva -> BBC']);
  });

  it('reads a meeting of someone "reported to have held talks"', () => {
    const doc = extract('Zentrix chief executive Ana Silva is reported to have held informal talks with Qarsa chief executive Rui Costa.');
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Rui Costa']);
  });

  it('places a county in the nation of the United Kingdom the article names', () => {
    const doc = extract('Polls in Fife and Kent are due. Scotland votes first; England follows.');
    expect(triples(doc, 'LOCATED_IN')).toEqual(expect.arrayContaining(['Fife -> Scotland', 'Kent -> England']));
    expect(triples(doc, 'LOCATED_IN')).not.toContain('Fife -> England');
  });

  it('reads a state-level new area of several words as a district of its city', () => {
    const doc = extract("A plant opened in Tianjin's Binhai New Area.");
    expect(names(doc, 'Region')).toEqual(['Binhai New Area']);
    expect(triples(doc, 'LOCATED_IN')).toContain('Binhai New Area -> Tianjin');
  });

  it('reads no place in an everyday word opening a headline before "city", and no body in an event\'s edition or name', () => {
    const headline = extractArticle({ id: 'test', title: 'Capital city targets growth', text: 'Capital city targets growth\nThe plan was announced.\n', source: 'test.txt' });
    expect(names(headline, 'City')).toEqual([]);
    const doc = extract('ZQX 2026 opens in Shanghai. The Zentrix Trade and Investment Conference runs alongside.');
    expect(names(doc, 'Organization')).toEqual([]);
  });

  it('reads an acting prime minister as the leader, and a portfolio before "Undersecretary" as no body', () => {
    const doc = extract('Turkey protested. Acting Turkish Prime Minister Rui Costa met Greek Foreign Affairs Undersecretary Tiago Nunes.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Rui Costa -> Türkiye']);
    expect(names(doc, 'Organization')).toEqual([]);
    expect(names(doc, 'Person')).toEqual(['Rui Costa', 'Tiago Nunes']);
  });

  it('reads a person\'s company after a possessive, but not a body\'s name used as an adjective', () => {
    const doc = extract("Ana Silva's Zentrix Group Ltd, which owns Qarsa, grew. Rui Costa's Labour MP Tiago Nunes spoke.");
    expect(triples(doc, 'AFFILIATED_WITH')).toContain('Ana Silva -> Zentrix Group Ltd');
    expect(triples(doc, 'AFFILIATED_WITH')).not.toContain('Rui Costa -> Labour Party');
  });

  it('does not take the subject of a reported clause after "said" for the speaker', () => {
    const doc = extract('A union official said Ana Silva was detained at the border.');
    expect(triples(doc, 'QUOTED_IN')).toEqual([]);
  });

  it('reads "<body> headquarters in <city>" and a unit named by its parent\'s acronym, but no apposition before a possessive', () => {
    const doc = extract("Speaking at UN headquarters in Geneva, Zorvia's minister Ana Silva said the UN Department of Economic and Social Affairs would help.");
    expect(triples(doc, 'LOCATED_IN')).toContain('United Nations -> Geneva');
    expect(triples(doc, 'LOCATED_IN')).not.toContain('Geneva -> Zorvia');
    expect(triples(doc, 'PART_OF')).toEqual(['UN Department of Economic and Social Affairs -> United Nations']);
  });

  it('takes "he" after "an aide to <name>" for the unnamed aide', () => {
    const doc = extract('An aide to Energy Secretary Rui Costa who declined to be named said the report was wrong, which he said was a rumour spread by traders.');
    expect(triples(doc, 'QUOTED_IN')).toEqual([]);
  });

  it('reads "employed as a broker at" and "was employed by" as staff of the body', () => {
    const doc = extract('Rui Costa, who was employed as a broker at Zentrix Securities Inc, was fined. Ana Silva was employed by Qarsa Bank for years.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Qarsa Bank', 'Rui Costa -> Zentrix Securities Inc']);
  });

  it('reads a lone surname before ", who" as a person, whose relative clause with "told" does not make the meeting a report', () => {
    const doc = extract('Nunes, who told reporters he wanted help, held discussions on Monday with Treasury Secretary Rui Costa. Officials doubted Nunes.');
    expect(names(doc, 'Person')).toEqual(['Nunes', 'Rui Costa']);
    expect(triples(doc, 'MET_WITH')).toEqual(['Nunes -> Rui Costa']);
    const company = extract('Qarsa will pay the owners of Zentrix, who have been accused of greed.');
    expect(names(company, 'Person')).toEqual([]);
  });

  it('reads the bodies "its" lists before a part\'s noun as parts of the body named before', () => {
    const doc = extract('Zentrix Motors Corp said its Qarsa Data Systems Corp <QDS> and Brovanek Electronic Corp <BEC> subsidiaries would grow.');
    expect(triples(doc, 'PART_OF')).toEqual(['Brovanek Electronic Corp -> Zentrix Motors Corp', 'Qarsa Data Systems Corp -> Zentrix Motors Corp']);
  });

  it('reads a big city over a small provincial seat of the same name', () => {
    const doc = extract('Rui Costa lives in San Francisco.');
    expect(doc.nodes.find((n) => n.label === 'City')?.id).toBe('city:5391959');
  });

  it('reads the subject with an appositive as the speaker, not the person after the verb', () => {
    const doc = extract('Sir Rui Costa, Zentrix director general, warned Mr Tiago Nunes not to raise taxes. Costs rose, said analyst Ana Silva.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article', 'Rui Costa -> @article']);
  });

  it('reads no meeting in "met the <thing>"', () => {
    const doc = extract("Rui Costa asked Mr Tiago Nunes whether he had met the 'spending rule'. Ana Silva met the Zorvian President Sara Lopes.");
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Sara Lopes']);
  });

  it('reads a province named like its city before "province", and the city alone as the city', () => {
    const doc = extract('Trains run to a station in Chiang Mai province and on to the city of Chiang Mai.');
    expect(names(doc, 'Region')).toEqual(['Chiang Mai']);
    expect(names(doc, 'City')).toEqual(['Chiang Mai']);
  });

  it('reads a name before a company\'s noun after a determiner as a body, but not an adjective', () => {
    const doc = extract('Qarsa Group said its Brovanek subsidiary failed. Brovanek economist Ana Silva agreed. The European company grew.');
    expect(names(doc, 'Organization')).toEqual(['Brovanek', 'Qarsa Group']);
    expect(triples(doc, 'PART_OF')).toEqual(['Brovanek -> Qarsa Group']);
    expect(triples(doc, 'AFFILIATED_WITH')).toContain('Ana Silva -> Brovanek');
  });

  it('reads a party\'s chancellor as its member, a country\'s as its leader, and a cofounder as a leader', () => {
    const doc = extract('Labour chancellor Ana Silva said taxes would fall. German Chancellor Rui Costa disagreed in Germany. Tiago Nunes, cofounder of Zentrix Technology, said so.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Rui Costa -> Germany', 'Tiago Nunes -> Zentrix Technology']);
    expect(triples(doc, 'AFFILIATED_WITH')).toContain('Ana Silva -> Labour Party');
  });

  it('reads Scotland Yard as the Metropolitan Police and a LAN card as no body', () => {
    const doc = extract('Officers from Scotland Yard arrested him after he fitted a wireless LAN card.');
    expect(names(doc, 'Organization')).toEqual(['Metropolitan Police']);
    expect(names(doc, 'Region')).toEqual([]);
  });

  it('keeps a title\'s or a profession\'s possessive inside a body\'s name', () => {
    const doc = extract("The Information Commissioner's Office fined Qarsa Ltd on Monday. The Lawyers' Christian Fellowship objected. The Commissioner's report came out.");
    expect(names(doc, 'Organization')).toEqual(["Information Commissioner's Office", "Lawyers' Christian Fellowship", 'Qarsa Ltd']);
  });

  it('places "<region>\'s coastal city of <city>" in the region', () => {
    const doc = extract("Firms gathered in Northeast China's coastal city of Dalian.");
    expect(triples(doc, 'LOCATED_IN')).toContain('Dalian -> Northeast China');
  });

  it('reads "<body> for <field>" and "<body> of <field>" as one body', () => {
    const doc = extract('Rui Costa of the Zentrix Institute for Policy Studies spoke. The Zentrix Institute of Policy Studies agreed.');
    expect(names(doc, 'Organization')).toEqual(['Zentrix Institute for Policy Studies']);
  });

  it('reads a portfolio in lower case and a hyphened vice-minister, but not a shadow post', () => {
    const doc = extract('The paper quoted commerce minister Rui Costa. Vice-Commerce Minister Ana Silva agreed. Shadow commerce minister Tiago Nunes did not. The Ministry of Commerce said more.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Rui Costa -> Ministry of Commerce']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Ministry of Commerce', 'Rui Costa -> Ministry of Commerce']);
  });

  it('reads a name with a particle that a title describes, and a known body whose name opens with an honorific', () => {
    const doc = extract('Demand is weak, said Joost de Vries, chairman of the Zentrix Foundation. Its rival, Hon Hai Precision Industry Co, offered more.');
    expect(names(doc, 'Person')).toEqual(['Joost de Vries']);
    expect(names(doc, 'Organization')).toEqual(['Hon Hai Precision Industry Co', 'Zentrix Foundation']);
  });

  it('reads a person after a title in lower case, and the subject of ", saying that" as the speaker', () => {
    const doc = extract("The move came after president Brovanski's speech. Ana Silva spoke, saying that Rui Costa will take the proposals forward.");
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Brovanski', 'Rui Costa']);
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article']);
  });

  it('does not count a trip home as a visit', () => {
    const doc = extract('Japanese Prime Minister Fumio Kishida returned to Tokyo after visiting Paris. Japan welcomed him.');
    expect(triples(doc, 'VISITED')).not.toContain('Fumio Kishida -> Tokyo');
  });
});

describe('wire copy, lists of bodies and places by their noun', () => {
  it('reads a company named in angle brackets, not a ticker, and drops a short form glued on by a hyphen', () => {
    const doc = extract('MILAN, May 5 - <Banca Zentrix Del Sur-BZS> said it bought <Qarsatrade> from Brovanek Corp <BRV>.');
    expect(names(doc, 'Organization')).toEqual(['Banca Zentrix Del Sur', 'Brovanek Corp', 'Qarsatrade']);
  });

  it('takes a short name of a bracketed company for the same body', () => {
    const doc = extract('VANCOUVER, May 5 - <Zentrix Gold Mining Corp> said profit rose. Zentrix Gold said output rose too.');
    expect(names(doc, 'Organization')).toEqual(['Zentrix Gold Mining Corp']);
  });

  it('reads the first word after a dateline as a sentence opening, keeping a company name closed by a legal form whole', () => {
    expect(names(extract('LONDON, May 4 - Former Treasury adviser Ana Silva said U.S. rates rose.'), 'Organization')).toEqual(['US Department of the Treasury']);
    expect(names(extract('OSLO, June 9 - International Zentrix Industries Inc said it opened a plant.'), 'Organization')).toEqual(['International Zentrix Industries Inc']);
  });

  it('keeps a people\'s adjective opening a sentence before a title, to say whose leader it is', () => {
    const doc = extract("BEIJING -- Chinese Premier Tiago Nunes on Friday opened a fair for China's farm exports.");
    expect(triples(doc, 'LEADER_OF')).toEqual(['Tiago Nunes -> China']);
  });

  it('reads a capitalised noun for a kind of body after a country as a description of the known company after it', () => {
    expect(names(extract('PARIS, June 2 - Japanese Carmaker Toyota plans a new plant.'), 'Organization')).toEqual(['Toyota']);
  });

  it('reads a city before a treaty\'s plural noun as part of the treaty\'s name', () => {
    expect(names(extract('Both sides cited the Vienna Conventions.'), 'City')).toEqual([]);
  });

  it('reads an unknown name after "<title> of" or in a list after "firms such as" as a body', () => {
    expect(names(extract('Ana Silva, chairman of Zentrix Star, said sales grew.'), 'Organization')).toEqual(['Zentrix Star']);
    expect(names(extract('Ana Silva, president of Zentrix Star Innovation, said sales grew.'), 'Organization')).toEqual(['Zentrix Star Innovation']);
    const listed = extract('Investors backed companies such as Huawei, Qarsa Silk and Brovanek Robotics.');
    expect(names(listed, 'Organization')).toEqual(['Brovanek Robotics', 'Huawei', 'Qarsa Silk']);
    expect(names(listed, 'Person')).toEqual([]);
  });

  it('places a county named by its noun in the province after its comma, and reads a subdistrict as a region', () => {
    const doc = extract("In Qiyang county, Hunan, a new bridge opened. Ana Silva, who lives in Qingdao's Zorvadao subdistrict, agreed.");
    expect(triples(doc, 'LOCATED_IN')).toContain('Qiyang -> Hunan');
    expect(names(doc, 'Region')).toContain('Zorvadao');
  });

  it('reads "<name>, in <city> for talks" as a visit', () => {
    const doc = extract('LISBON, May 3 - Zorvian Trade Minister Tiago Nunes said a deal was close. Nunes, in Lisbon for talks with officials, said prices would fall.');
    expect(triples(doc, 'VISITED')).toContain('Tiago Nunes -> Lisbon');
  });
  it('finds a German town written without umlauts, as wire copy writes it', () => {
    expect(names(extract('Trade fairs in Duesseldorf and Koeln drew buyers.'), 'City')).toEqual(['Cologne', 'Dusseldorf']);
  });

  it('reads a German compound cut at a hyphen before "und" as one body', () => {
    const doc = extract('Rates will hold, said Zentrix Kredit- und Qarsa Bank economist Ana Silva.');
    expect(names(doc, 'Organization')).toEqual(['Zentrix Kredit- und Qarsa Bank']);
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article']);
  });

  it('reads "has been named <title> of <body>" past an appositive, and a company announcing it as the speaker', () => {
    const doc = extract('Zentrix Corp said Ana Silva, formerly a vice president of Qarsa Inc, has been named president of Brovanek Corp in Zorvia. Tiago Nunes has been appointed chairman of Zorvia Steel Corp, the company said.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Brovanek Corp', 'Tiago Nunes -> Zorvia Steel Corp']);
    expect(triples(doc, 'QUOTED_IN')).toEqual([]);
  });

  it('reads "when it comes to" as an idiom, not a trip, and a common noun\'s acronym as no body', () => {
    const doc = extract('When it comes to prices, firms in Shenzhen can compete, Ana Silva said. Executives of MNCs met in Beijing.');
    expect(triples(doc, 'VISITED')).toEqual([]);
    expect(names(doc, 'Organization')).toEqual([]);
  });
  it('reads "<company> said it named <name> <title>" as a post in that company, and "its <title> <name>" as the body before', () => {
    const doc = extract('Toyota said it named Sara Lopes chief executive officer. Siemens AG appointed Rui Costa as its new president. Toyota said its chief finance officer Ana Silva would retire.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Rui Costa -> Siemens', 'Sara Lopes -> Toyota']);
    expect(triples(doc, 'AFFILIATED_WITH')).toContain('Ana Silva -> Toyota');
  });
  it('reads "its <title>" as the body before, not a unit "its" introduced', () => {
    const doc = extract('Toyota said that before its Zentrix unit is sold, its chief finance officer Ana Silva will step down.');
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Toyota']);
  });

  it('takes a name\'s last words with a particle ("De Sousa") for the person named in full', () => {
    const doc = extract('LISBON, May 3 - Zorvian Trade Minister Tiago De Sousa said a deal was close. De Sousa, in Lisbon for talks with officials, said prices would fall.');
    expect(names(doc, 'Person')).toEqual(['Tiago De Sousa']);
    expect(triples(doc, 'VISITED')).toContain('Tiago De Sousa -> Lisbon');
  });

  it('reads a president with no country of his own as the head of the country the sentence is about', () => {
    const doc = extract('LIMA, May 3 - Peru will cut public spending by a tenth, President Tiago Nunes told leaders.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Tiago Nunes -> Peru']);
    expect(triples(extract('LIMA, May 3 - Peru and Chile will cut public spending, President Tiago Nunes said.'), 'LEADER_OF')).toEqual([]);
  });

  it('quotes the subject of a relative clause closed before the verb, not the person named after the verb', () => {
    const doc = extract('Tiago Nunes, who chairs the Zorvia Trade Council, said the delegation led by Rui Costa was welcome.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Tiago Nunes -> @article']);
  });

  it('reads a guest received in a city as visiting it, where the guest is known to come from another country', () => {
    const visits = (text: string) => triples(extract(text), 'VISITED');
    expect(visits('President Tiago Nunes received Portuguese Foreign Minister Ana Silva in Nairobi on Monday.')).toEqual(['Ana Silva -> Nairobi']);
    expect(visits('Kenyan President Tiago Nunes hosted Kenyan athlete Ana Silva in Nairobi on Monday.')).toEqual([]);
    expect(visits('President Tiago Nunes received Ana Silva in Nairobi on Monday.')).toEqual([]);
  });

  it('reads a pronoun as the subject after a participle\'s opening phrase, or the description there, not the person the phrase names', () => {
    const quoted = (text: string) => triples(extract(text), 'QUOTED_IN');
    expect(quoted('Referring to the meeting with Rui Costa, Tiago Nunes said talks went well. "We agreed on a plan," he added.')).toEqual(['Tiago Nunes -> @article']);
    expect(quoted('Tiago Nunes, the government spokesman, spoke first. Referring to a letter from Ana Silva, the government spokesman said that President Rui Costa would come. "We are ready," he said.')).toEqual(['Tiago Nunes -> @article']);
  });

  it('reads a headline in sentence case with many names as running text, past an everyday word opening it', () => {
    const trip = extract('President Ana Silva spoke with Tiago Nunes by telephone.', 'Silva to visit Moscow next month, Nunes due in Lisbon in November');
    expect(triples(trip, 'VISITED')).toEqual(['Ana Silva -> Moscow']);
    expect(names(extract('Ana Silva said the car maker would grow.', 'Budget Zentrix takes on Qarsa'), 'Person')).toEqual(['Ana Silva']);
  });

  it('reads no trip from travellers in general, nor to places a noun\'s "between" joins after the destination', () => {
    expect(triples(extract('Ana Silva met Rui Costa in Lisbon. "Tourist visits to Cyprus will grow," he added.'), 'VISITED')).toEqual(['Ana Silva -> Lisbon']);
    const summit = extract('Tiago Nunes will visit Cyprus on May 20, one day before a summit between Greece, Cyprus and Egypt.');
    expect(triples(summit, 'VISITED')).toEqual(['Tiago Nunes -> Cyprus']);
  });

  it('reads "during her meetings in <city>" as a visit there', () => {
    expect(triples(extract('President Ana Silva discussed the issue with two ministers during her meetings in New York on Tuesday.'), 'VISITED')).toEqual(['Ana Silva -> New York']);
  });

  it('reads a name in apposition to a lower-case title of a country as a person, and "the company" as no public body', () => {
    const head = extract('Ana Silva met the president of Latvia, Qarsa Brovanek, in Riga.');
    expect(triples(head, 'LEADER_OF')).toEqual(['Qarsa Brovanek -> Latvia']);
    const founder = extract('The model was built by local developer Zentrix. At the launch, the Qarsa Certification Agency awarded it a prize. According to the company\'s founder, Tiago Nunes, the model took four years.');
    expect(triples(founder, 'LEADER_OF')).toEqual(['Tiago Nunes -> Zentrix']);
  });

  it('reads a periodical\'s name before a minister\'s or an adviser\'s title as the portfolio, not the periodical', () => {
    const doc = extract('Foreign Affairs and Trade Minister Ana Silva said so. The prime minister\'s Foreign Affairs Advisor Tiago Nunes agreed. Foreign Affairs magazine said it too.');
    expect(names(doc, 'Organization')).toEqual(['Foreign Affairs']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual([]);
  });

  it('reads "when he met with <title> <name> in <city>" as a meeting and the titled guest\'s visit, and "in the capital <city>" as in the city', () => {
    const doc = extract('Chinese Premier Ana Silva said China was ready when he met with US Commerce Secretary Tiago Nunes in Beijing.');
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Tiago Nunes']);
    expect(triples(doc, 'VISITED')).toEqual(['Tiago Nunes -> Beijing', 'Tiago Nunes -> China']);
    const received = extract('Turkish President Rui Costa received Azerbaijani Foreign Minister Sara Lopes in the capital Ankara for talks.');
    expect(triples(received, 'VISITED')).toEqual(['Sara Lopes -> Ankara']);
  });

  it('keeps a ministry named by a portfolio at a sentence\'s start, where the article writes the portfolio in lower case too ("Foreign Ministry spokesman <name> said")', () => {
    const doc = extract('Foreign Ministry spokesman Ana Silva said the talks went well. The foreign ministers will meet again in May.');
    expect(names(doc, 'Organization')).toEqual(['Foreign Ministry']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Ana Silva -> Foreign Ministry']);
  });

  it('reads "Minister of State for <portfolio>" as a portfolio, not a body, and "Shaikh" as an honorific before a name', () => {
    const doc = extract('Minister of State for Foreign Affairs Ana Silva met Shaikh Tiago Nunes in Lisbon.');
    expect(names(doc, 'Organization')).toEqual([]);
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Tiago Nunes']);
  });

  it('reads a date between a trip noun and its destination: "her visit on Tuesday to <country>", "a trip next week to <city>"', () => {
    expect(triples(extract('Foreign Minister Ana Silva of Brazil ends her tour with her visit on Tuesday to Portugal.'), 'VISITED')).toEqual(['Ana Silva -> Portugal']);
    expect(triples(extract('Foreign Minister Ana Silva of Brazil will make a trip next week to Lisbon.'), 'VISITED')).toEqual(['Ana Silva -> Lisbon']);
  });

  it('reads Kenyan cabinet titles: "Prime Cabinet Secretary", "Foreign Affairs Cabinet Secretary <name>" and "Trade CS <name>" are titles, their portfolios no bodies', () => {
    const doc = extract('Prime Cabinet Secretary and Foreign Affairs Cabinet Secretary Ana Silva met Tiago Nunes. Trade CS Rui Costa said the talks went well.');
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Rui Costa', 'Tiago Nunes']);
    expect(names(doc, 'Organization')).toEqual([]);
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Tiago Nunes']);
  });

  it('reads a French elision before a capital as part of a name: "Cote d’Ivoire", "Côte d\'Ivoire", "<name> d\'Estaing"', () => {
    const doc = extract('President Ana Silva visited Cote d’Ivoire and met Paulo d\'Estaing there.');
    expect(names(doc, 'Country')).toEqual(['Cote d’Ivoire']);
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Paulo d\'Estaing']);
    expect(triples(extract('President Ana Silva visited Côte d\'Ivoire.'), 'VISITED')).toEqual(['Ana Silva -> Côte d\'Ivoire']);
  });

  it('reads a counted list of places after a trip noun as its destinations: "a visit to three West African countries — <country>, <country> and <country>"', () => {
    const doc = extract('President Ana Silva returned home after a six-day visit to three West African countries — Togo, Benin and Niger.');
    expect(triples(doc, 'VISITED')).toEqual(['Ana Silva -> Benin', 'Ana Silva -> Niger', 'Ana Silva -> Togo']);
    const tour = extract('Foreign Minister Ana Silva began a tour of four Gulf states: Qatar, Kuwait, Oman and Bahrain.');
    expect(triples(tour, 'VISITED')).toEqual(['Ana Silva -> Bahrain', 'Ana Silva -> Kuwait', 'Ana Silva -> Oman', 'Ana Silva -> Qatar']);
  });

  it('resolves a titled surname two people share to the one named before with that title: "President <surname>" after "President <name> and the first lady <name>"', () => {
    const doc = extract('President Tiago Nunes and the first lady Ana Nunes attended the dinner. Speaking at the occasion, President Nunes said the visit was good.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Tiago Nunes -> @article']);
  });

  it('reads "Among" opening a sentence as the preposition, not a given name: "Among <name>\'s guests was <name>"', () => {
    expect(names(extract('Among Ana Silva\'s guests was Rui Costa.'), 'Person')).toEqual(['Ana Silva', 'Rui Costa']);
  });

  it('reads "his <demonym> counterpart <name>" as the person\'s nationality even where the other person has no title, so a meeting at home is no trip', () => {
    const doc = extract('On Tuesday, Tiago Nunes will meet his Greek counterpart Ana Silva. Ana Silva will hold a meeting with Tiago Nunes at the ministry in Athens.');
    expect(triples(doc, 'VISITED')).toEqual([]);
  });

  it('reads "touched down in <city>" as a trip and "<name> was greeted by <title> <name>" as a meeting, but not "<name>\'s offer was received by <name>"', () => {
    const doc = extract('Eritrean President Ana Silva touched down in Addis Ababa this morning. Upon arrival, President Silva was greeted by Prime Minister Tiago Nunes.');
    expect(triples(doc, 'VISITED')).toEqual(['Ana Silva -> Addis Ababa']);
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Tiago Nunes']);
    expect(triples(extract('Mr Rui Costa\'s offer was received by Tiago Nunes.'), 'MET_WITH')).toEqual([]);
  });

  it('reads "Ambassador in <city>" after a meeting word as the seat of a post, not where the meeting was', () => {
    expect(triples(extract('The meeting was attended by the Kingdom’s Ambassador in Beijing Rui Costa and by Tiago Nunes.'), 'VISITED')).toEqual([]);
  });

  it('reads "paid a courtesy call on <title> <name> at his office in <city>" as a meeting and a visit to the city', () => {
    const doc = extract('The new Brazilian ambassador Ana Silva paid a courtesy call on Prime Minister Tiago Nunes at his office in Lisbon.');
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Tiago Nunes']);
    expect(triples(doc, 'VISITED')).toEqual(['Ana Silva -> Lisbon']);
  });

  it('reads a phrase opening the story after a dateline as it reads one opening a sentence: "<CITY> - Starting a visit to <country>, <title> <name> met ..."', () => {
    const doc = extract('VILNIUS, May 5 - Starting a three-day visit to Lithuania, President Ana Silva of Brazil met Prime Minister Tiago Nunes on Monday.');
    expect(triples(doc, 'VISITED')).toEqual(['Ana Silva -> Lithuania', 'Ana Silva -> Vilnius']);
    const quoted = extract('LISBON - After meeting Prime Minister Tiago Nunes, President Ana Silva spoke to reporters. She said trade would grow.');
    expect(triples(quoted, 'QUOTED_IN')).toEqual(['Ana Silva -> @article']);
  });
  it('reads "<name> and his <demonym> counterpart <name> met in <country>" as a visit by each known to come from elsewhere, not by one of unknown country', () => {
    const doc = extract('Foreign Minister Rui Costa of Portugal and his Spanish counterpart Paulo Reis met in Kenya on Monday. Ana Silva met reporters in Kenya. Tiago Nunes, the Portuguese trade minister, met them in Portugal.');
    expect(triples(doc, 'VISITED')).toEqual(['Paulo Reis -> Kenya', 'Rui Costa -> Kenya']);
  });
  it('reads "<name> called on <title> <name> in <city>" as a meeting and a visit, but not "called on <name> to resign" nor "called on <name>, the minister, to act"', () => {
    const doc = extract('Ambassador of Japan Rui Costa called on Interior Minister Ana Silva in Nairobi on Thursday. Paulo Reis called on Sara Lopes to resign. Tiago Nunes called on Ana Silva, the interior minister, not to act.');
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Rui Costa']);
    expect(triples(doc, 'VISITED')).toEqual(['Rui Costa -> Nairobi']);
  });

  it('reads "the interior minister said" as the person named "Interior Minister Professor <name>", past the honorific, and "<body> Professor <name>" as a member of the body', () => {
    const doc = extract('Rui Costa met the Interior Minister Professor Ana Silva on Thursday. "Ties are strong," the Interior Minister said. Zentrix University Professor Paulo Reis agreed.');
    expect(triples(doc, 'QUOTED_IN')).toEqual(['Ana Silva -> @article']);
    expect(triples(doc, 'AFFILIATED_WITH')).toEqual(['Paulo Reis -> Zentrix University']);
  });
  it('reads the head of a delegation met, however far after the verb, as met, and the one who reports a meeting after "said" as no party to it', () => {
    const doc = extract('Foreign Minister Rui Costa met on Wednesday with a delegation from Kenya led by Ana Silva, Chairman of Zentrix Bank. Prime Minister Paulo Reis also met with Silva on Wednesday and discussed trade, said Tiago Nunes, a spokesperson.');
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Paulo Reis', 'Ana Silva -> Rui Costa']);
  });
  it('reads "Speaker <name> and Army Chief <name>" as two people, not a body ending in "Army", and "FM <name>" as a person, while "<name> FM" stays a radio station', () => {
    const doc = extract('Rui Costa will meet National Assembly Speaker Ana Silva and Army Chief Gen Paulo Reis. FM Tiago Nunes spoke to Zentrix FM on Monday.');
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Paulo Reis', 'Rui Costa', 'Tiago Nunes']);
    expect(names(doc, 'Organization')).toEqual(['National Assembly', 'Zentrix FM']);
  });
  it('reads "The <body> Foreign Minister, <name>," as the head of the "<body> Foreign Ministry" the story names, and no meeting place in what a meeting urged ("urged them to reopen embassies in <city>")', () => {
    const doc = extract('The Zentrix Foreign Minister, Ana Silva, met with ambassadors and urged them to reopen their embassies in Nairobi. Rui Costa, a spokesperson of the Zentrix Foreign Ministry, said so.');
    expect(triples(doc, 'LEADER_OF')).toEqual(['Ana Silva -> Zentrix Foreign Ministry']);
    expect(triples(doc, 'VISITED')).toEqual([]);
  });
  it('reads the person met past a long title with a list of portfolios: "called on the Federal Minister for Trade, Industries and Production, Dr <name>"', () => {
    const doc = extract('Ambassador Rui Costa called on the Federal Minister for Trade, Industries and Production, Dr Ana Silva in the capital. Paulo Reis met with Minister for Finance, Revenue and Economic Affairs Sara Lopes.');
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Rui Costa', 'Paulo Reis -> Sara Lopes']);
  });
  it('reads "Minister of Development & Trade <name>" as a portfolio and a person, "held consultations with" as a meeting, and "Ministers <surname> and <surname>" as both people', () => {
    const doc = extract('Minister of Development Strategies & International Trade Ana Silva visited Nairobi. She held consultations with Minister of Energy Rui Costa. Ministers Silva and Paulo Reis discussed trade.');
    expect(names(doc, 'Person')).toEqual(['Ana Silva', 'Paulo Reis', 'Rui Costa']);
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Paulo Reis', 'Ana Silva -> Rui Costa']);
  });

  it('reads no meeting between the people met when the one who met them is not named: "<unknown word> also met <title> <name>, and <title> <name>"', () => {
    const doc = extract('Lyonbar also met Home Minister Ana Silva, and Foreign Secretary Rui Costa.');
    expect(triples(doc, 'MET_WITH')).toEqual([]);
  });
  it('reads no trigger word inside a name: "States" in "the United States" is no verb of saying that would take the subject out of a meeting', () => {
    const doc = extract('Foreign Secretary Ana Silva, on a visit to the United States, met Rui Costa on Friday.');
    expect(triples(doc, 'MET_WITH')).toEqual(['Ana Silva -> Rui Costa']);
  });

  it('reads a minister of several portfolios as head of the ministry of one ("Minister for Commerce, Industries and Production, Dr <name>"), and no portfolio item as a body, a small town\'s name as much as none; not a minister whose title names a country, which may be another than the ministry\'s', () => {
    const doc = extract('Ana Silva called on the Federal Minister for Commerce, Industries and Production, Dr Rui Costa in the Ministry of Commerce. Later the Minister of Commerce Dr Paulo Reis spoke.');
    expect(names(doc, 'Organization')).toEqual(['Ministry of Commerce']);
    expect(triples(doc, 'LEADER_OF')).toEqual(['Paulo Reis -> Ministry of Commerce', 'Rui Costa -> Ministry of Commerce']);
    const foreign = extract('Ana Silva of the Ministry of Commerce met the French Minister for Europe and Commerce, Rui Costa.');
    expect(triples(foreign, 'LEADER_OF')).toEqual([]);
  });

  it('reads a dateline glued to the story\'s first words ("WASHINGTON President <name>"), and a meeting there with no place of its own as a trip there by the one known to come from another country, not by an envoy posted there nor in a phone call', () => {
    const welcome = extract('WASHINGTON U.S. President Ana Silva offered a warm welcome for Canadian Prime Minister Rui Costa at the White House on Thursday.');
    expect(triples(welcome, 'MET_WITH')).toEqual(['Ana Silva -> Rui Costa']);
    expect(triples(welcome, 'VISITED')).toEqual(['Rui Costa -> United States', 'Rui Costa -> Washington']);
    const talks = extract('WASHINGTON U.S. President Ana Silva held talks with President Rui Costa of China on Thursday. Silva later spoke by phone with Brazilian President Paulo Reis.');
    expect(triples(talks, 'VISITED')).toEqual(['Rui Costa -> United States', 'Rui Costa -> Washington']);
    const envoy = extract('WASHINGTON, March 2 - The Ambassador of Canada Rui Costa called on U.S. Trade Representative Ana Silva on Thursday.');
    expect(triples(envoy, 'VISITED')).toEqual([]);
  });

  it('reads no city in the country that opens the title of the person after it: "in <city>, U.S. Secretary of State <name> said"', () => {
    const doc = extract('In a speech today in the northeast city of Dalian, U.S. Secretary of State Ana Silva said trade with China would grow.');
    expect(triples(doc, 'LOCATED_IN')).toEqual(['Dalian -> China']);
  });

  it('reads a word capitalised only by a wire archive\'s habit after "U.S." as no name ("curbs on U.S. Technology exports"), where the text shows the habit ("the U.S. Did not") and writes the word in lower case too; a public body\'s head word keeps its capital', () => {
    const doc = extract('WASHINGTON, March 2 - The U.S. Did not accept curbs on U.S. Technology exports, Ana Silva of the U.S. Embassy said. Trade in high technology grew, the embassy said.');
    expect(names(doc, 'Organization')).toEqual(['U.S. Embassy']);
    const plain = extract('Ana Silva, who heads U.S. Technology, said trade in high technology grew.');
    expect(names(plain, 'Organization')).toEqual(['U.S. Technology']);
  });

  it('reads a body\'s name past its first head word over a field of two ordinary words joined by "and" ("<name> Technology Training and Education Institute"), but two bodies joined by "and" as two', () => {
    const doc = extract('Ana Silva praised the Qarsa Technology Training and Education Institute and Zentrix University.');
    expect(names(doc, 'Organization')).toEqual(['Qarsa Technology Training and Education Institute', 'Zentrix University']);
  });

  it('reads "the visit of <title> <name>" to no place named, under a dateline, as a trip to the dateline\'s city by one known to come from elsewhere, not by one at home', () => {
    const guest = extract('LISBON, March 3 - The paper published the demands to coincide with the visit of U.S. Secretary of State Ana Silva.');
    expect(triples(guest, 'VISITED')).toEqual(['Ana Silva -> Lisbon']);
    const host = extract('LISBON, March 3 - The paper published the demands to coincide with the visit of Portuguese Prime Minister Ana Silva.');
    expect(triples(host, 'VISITED')).toEqual([]);
  });

  it('reads one known to come from another country who takes part in "the" gathering a story said was held in a city as there, not one at home', () => {
    const doc = extract('The fifth ministers\' meeting was held on Friday in the northern city of Porto. Spanish Foreign Minister Ana Silva, who co-chaired the meeting, said trade grew. Portuguese Foreign Minister Rui Costa attended the meeting.');
    expect(triples(doc, 'VISITED')).toEqual(['Ana Silva -> Porto']);
  });

  it('reads the older names of cities in wire copy: "PEKING, March 3 -" is Beijing, "Leningrad" Saint Petersburg', () => {
    const doc = extract('PEKING, March 3 - China wants more trade with Leningrad, Ana Silva said.');
    expect(names(doc, 'City')).toEqual(['Beijing', 'Saint Petersburg']);
  });
});

describe('the seed article', () => {
  const text = readFileSync('seeds/rok-leader-state-visit-china.txt', 'utf8');
  const doc = extractArticle({ id: 'seed', title: 'ROK leader begins state visit to China', text, source: 'seeds/rok-leader-state-visit-china.txt' });

  it('is a valid GraphDocument with one Article node and a MENTIONED_IN edge per entity', () => {
    expect(GraphDocument.safeParse(doc).success).toBe(true);
    const entities = doc.nodes.filter((n) => n.label !== 'Article');
    expect(doc.nodes.filter((n) => n.label === 'Article')).toHaveLength(1);
    expect(doc.edges.filter((e) => e.type === 'MENTIONED_IN')).toHaveLength(entities.length);
  });

  it('resolves "Lee", "ROK" and "President of the Republic of Korea Lee Jae-myung" into single nodes', () => {
    expect(doc.nodes.filter((n) => n.name.startsWith('Lee') || n.aliases.includes('Lee'))).toHaveLength(1);
    const korea = doc.nodes.find((n) => n.id === 'country:KR');
    expect(korea?.aliases).toContain('ROK');
  });

  it('gives every edge its evidence sentence from the text', () => {
    for (const edge of doc.edges) {
      for (const evidence of edge.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    }
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const again = extractArticle({ id: 'seed', title: 'ROK leader begins state visit to China', text, source: 'seeds/rok-leader-state-visit-china.txt' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
  });
});
