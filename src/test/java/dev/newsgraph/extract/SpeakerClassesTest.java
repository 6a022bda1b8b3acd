package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes in which wire copy attributes quotes (issue 11, speakers), each on invented copy that names no person,
 * body or place of the corpus: the frames of a quote ("said X, the Y of Z", "X told AFP", "X wrote on X", "according
 * to X, "...""), a speaker introduced the sentence before, a quote over several paragraphs, "he said" that means no
 * victim, "the governor said", bodies and unnamed sources that speak, two parties in one sentence, a TV script's
 * speaker labels, quotation marks as republishers print them, a quote that goes on after its frame while the next
 * sentence reports something else, a body called by the first word of its name, and "she said" after an unnamed source.
 */
class SpeakerClassesTest {

    private static final ArticleInput DEPOT = only("""
            Drone Strike Sets Fuel Depot Ablaze in Southern Port

            ODESA, Ukraine (AP) — A Russian drone struck a fuel depot in the southern port of Odesa early on Tuesday, killing two workers and injuring five, regional officials said.

            "The fire was put out by morning, but the depot is gone," said Oleksandr Vardak, the head of the regional military administration.

            Marta Kovalchuk, the deputy mayor of Odesa, said the city's water supply was not affected. "We have enough reserves for a week," Kovalchuk told reporters at the site.

            "We ran into the basement when the sirens started," Petro Ilnytsky, a 54-year-old driver, told AFP.

            "Russia keeps hitting civilian targets because it cannot win on the battlefield," Foreign Minister Andriy Solovei wrote on X.

            The Ukrainian air force said in a statement that "air defence shot down 14 of the 17 drones launched overnight."

            "Two of the injured are in a serious condition and are being treated in the city hospital," Vardak said on Telegram.

            According to Kovalchuk, "the depot will take months to rebuild and the port will have to bring fuel in by rail."

            "We will rebuild it, as we rebuilt everything else," she added.
            """);

    private static final ArticleInput FLOODS = only("""
            Governor Vows to Rebuild After Floods Kill 11

            PORTO VELHO, Brazil — Floods swept through three towns in western Brazil over the weekend, killing 11 people, the state civil defense agency said on Monday.

            Governor Lucia Barbosa flew over the worst-hit areas on Sunday and spoke to reporters at an emergency shelter in Ariquemes.

            "Nobody has seen rains like these in fifty years. We will rebuild every house that the water took."

            The flood swept away the home of Joao Pereira, a fisherman, whose wife and two sons are still missing. Pereira was pulled from a tree by rescuers. "They did everything they could," the governor said.

            Bakery owner Carlos Mendes said the water rose in less than an hour. "I lost everything. The oven, the flour, the car, everything is under the mud.

            "But we are alive, and the neighbours are helping each other clean up," he said.

            A firefighter who asked not to be named said the search would go on through the night. "We still hear of people on rooftops," the firefighter said.
            """);

    private static final ArticleInput BORDER = only("""
            Militants and Army Trade Claims After Border Clash

            BEIRUT — Hezbollah said on Sunday it had fired rockets at an Israeli army post, while the Israeli army said it "struck launchers in southern Lebanon" in response.

            A statement from the group said its fighters had "targeted the Ramim barracks with a salvo of Katyusha rockets." The Israeli military said its jets "hit a weapons depot used by the militants," and it added that no soldiers were hurt.

            "The enemy will pay a heavy price for every attack on our villages," the group said.

            A security source told Xinhua that two fighters were killed in the strikes. "Both were from the village of Aita al-Shaab," the source said.

            Lebanon's health ministry said three civilians were wounded. "The wounded were taken to hospitals in Tyre," the ministry said.

            "We heard four huge explosions and the windows shattered," a woman who was on the road to Nabatieh told AFP.
            """);

    private static final ArticleInput CHIEF = only("""
            Gunmen Kill Village Chief in Northern Nigeria

            KADUNA, Nigeria — Gunmen shot dead a village chief and his son in northern Nigeria on Wednesday, officials said.

            Local council chairman Ibrahim Sule said the attackers stormed the home of Musa Danladi, the chief of Kurmin Doka, shortly after midnight. Danladi and his 19-year-old son were killed on the spot.

            "They came on motorcycles and fired at everyone in sight," he said.

            Kaduna state governor Bello Hamza visited the village on Thursday. The governor met relatives of Danladi and of Yusuf Garba, a farmer who was wounded in the attack and taken to hospital in Zaria.

            "Those who did this will be found and punished," the governor said.
            """);

    private static final ArticleInput SIEGE = only("""
            Police Kill Two Gunmen After Siege at Northern Station

            SRINAGAR, India (AP) — Security forces killed two gunmen who had stormed a police station in northern India, Home Minister Arvind Kulkarni told parliament on Friday.

            "The state police have been successful in neutralising both attackers. The house will appreciate their courage," said Home Minister, Arvind Kulkarni.

            "We were trapped inside for six hours," said Ravi Menon, a constable who was wounded in the attack.

            "The attackers came through the back gate," said the spokesman for the state police, Imran Lone.

            Asked whether the station had been warned, Kulkarni said: "There was no specific alert for this district."

            The attack was the first on a police station in the district in three years.

            "We will not let them divide this state."

            Opposition leader Meera Das told reporters outside parliament that the government had left the police without support.
            """);

    private static StatementInput quote(ArticleInput a, String fragment) {
        return a.statements().stream().filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + fragment + ": " + a.statements()));
    }

    @Test
    void theFramesOfAQuoteNameItsSpeaker() {
        assertEquals("Oleksandr Vardak", quote(DEPOT, "The fire was put out").speaker(), "said X, the Y of Z");
        assertEquals("Marta Kovalchuk", quote(DEPOT, "enough reserves").speaker(), "X told reporters");
        assertEquals("Andriy Solovei", quote(DEPOT, "keeps hitting civilian targets").speaker(), "X wrote on X");
        assertEquals("Ukrainian air force", quote(DEPOT, "air defence shot down").speaker(), "X said in a statement that");
        assertEquals("Oleksandr Vardak", quote(DEPOT, "Two of the injured").speaker(), "X said on Telegram");
        assertEquals("Telegram", quote(DEPOT, "Two of the injured").channel());
    }

    @Test
    void aSpeakerNamedAfterATitleOrADescriptionAndACommaSpeaks() {
        assertEquals("Arvind Kulkarni", quote(SIEGE, "successful in neutralising").speaker(), "said Title, Name");
        assertEquals("Imran Lone", quote(SIEGE, "came through the back gate").speaker(),
                "said the spokesman for X, Name: not the last speaker");
    }

    @Test
    void theVerbNearestAColonFramesTheQuoteNotAnEarlierAsked() {
        assertEquals("Arvind Kulkarni", quote(SIEGE, "no specific alert").speaker());
    }

    @Test
    void aQuoteThatOpensASectionIsSpokenByWhomTheNextSentenceIntroduces() {
        assertEquals("Meera Das", quote(SIEGE, "divide this state").speaker());
    }

    @Test
    void aPartialQuoteWithNoVerbOfSayingIsTheSentencesSubjects() {
        ArticleInput a = only("""
                Gunmen Storm Hotel in Somali Port, Killing Nine

                MOGADISHU, Somalia (AP) — Gunmen stormed a hotel in the Somali port city of Kismayo on Saturday, killing nine people, police said.

                The members of the IGAD Council of Ministers condemned the attack and "renewed their support for the Somali security forces in the fight against terrorism."

                The Council also praised the response of the Somali National Army, which killed all four attackers, and stated that "no attack will weaken the resolve of the region."

                Interior Minister Abdi Farah Warsame called the attack "a desperate act by a defeated enemy" and visited the wounded in hospital.
                """);
        assertEquals("IGAD Council of Ministers", quote(a, "renewed their support").speaker());
        assertEquals("IGAD Council of Ministers", quote(a, "no attack will weaken").speaker(),
                "a verb joined by 'and' has the sentence's subject, not the army named in between; 'the Council' is the"
                        + " body whose name has that head word");
        assertEquals("Abdi Farah Warsame", quote(a, "desperate act").speaker());
    }

    @Test
    void theCourtIsTheCourtNamedLastNotTheOneAQuoteLaterNames() {
        ArticleInput a = only("""
                Court Upholds Death Sentences in Hotel Bombing Case

                ADEN, Yemen (Reuters) — A Yemeni appeals court on Sunday upheld the death sentences of three men convicted of a hotel bombing that killed nine guests in 2019.

                The Specialized Criminal Court of Appeal said the evidence showed that the accused had planned the attack.

                "The verdict is final and the sentences will be carried out," the court said in its ruling.

                Defence lawyer Ahmed Saleh said the trial had been unfair. "My clients did not see the evidence against them. We will go to the Supreme Court," Saleh told Reuters.
                """);
        assertEquals("Specialized Criminal Court of Appeal", quote(a, "The verdict is final").speaker());
    }

    @Test
    void theOutletToldIsNotTheSpeaker() {
        assertEquals("Petro Ilnytsky", quote(DEPOT, "ran into the basement").speaker());
    }

    @Test
    void theOneAnOutletQuotesSpeaksAndAnInvertedAskedNamesItsSubject() {
        ArticleInput a = only("""
                China Urges Restraint After Naval Standoff

                BEIJING (Reuters) — China on Tuesday urged restraint after a standoff between its coast guard and a Philippine supply vessel near a disputed shoal.

                The official Xinhua news agency quoted Foreign Ministry spokesman Lin Weidong as saying "China will firmly safeguard its territorial sovereignty and maritime rights."

                Philippine coast guard spokesman Tomas Aquino said the Chinese vessels had fired water cannon at the boat.

                "Where will the fishermen go now?" asked Maria Santos, 62, who runs a fish stall in Masinloc.
                """);
        assertEquals("Lin Weidong", quote(a, "firmly safeguard").speaker());
        assertEquals("Maria Santos", quote(a, "Where will the fishermen go").speaker());
    }

    @Test
    void accordingToBeforeAQuoteNamesItsSpeakerAndSheAddedFollows() {
        assertEquals("Marta Kovalchuk", quote(DEPOT, "take months to rebuild").speaker());
        assertEquals("Marta Kovalchuk", quote(DEPOT, "as we rebuilt everything else").speaker());
    }

    @Test
    void aSpeakerIntroducedTheSentenceBeforeSpeaksInTheBareQuote() {
        assertEquals("Lucia Barbosa", quote(FLOODS, "Nobody has seen rains").speaker());
    }

    @Test
    void theGovernorIsTheNamedGovernorNotTheLastNameMentioned() {
        assertEquals("Lucia Barbosa", quote(FLOODS, "They did everything they could").speaker());
        assertEquals("Bello Hamza", quote(CHIEF, "will be found and punished").speaker());
    }

    @Test
    void aQuoteOverSeveralParagraphsKeepsItsSpeaker() {
        assertEquals("Carlos Mendes", quote(FLOODS, "I lost everything").speaker());
        assertEquals("Carlos Mendes", quote(FLOODS, "But we are alive").speaker());
    }

    @Test
    void theDeadAreNotWhomHeSaidMeans() {
        assertEquals("Ibrahim Sule", quote(CHIEF, "came on motorcycles").speaker());
    }

    @Test
    void unnamedSourcesAreKeptAsDescribed() {
        StatementInput firefighter = quote(FLOODS, "people on rooftops");
        assertNull(firefighter.speaker());
        assertEquals("A firefighter who asked not to be named", firefighter.speakerDescription());
        StatementInput source = quote(BORDER, "Both were from the village");
        assertNull(source.speaker(), "the outlet told is not the source");
        assertEquals("A security source", source.speakerDescription());
        StatementInput woman = quote(BORDER, "four huge explosions");
        assertNull(woman.speaker());
        assertEquals("a woman who was on the road to Nabatieh", woman.speakerDescription());
    }

    @Test
    void bodiesSpeak() {
        assertEquals("Lebanese health ministry", quote(BORDER, "taken to hospitals in Tyre").speaker());
        assertEquals("Hezbollah", quote(BORDER, "targeted the Ramim barracks").speaker(), "a statement from the group");
        assertEquals("Israeli army", quote(BORDER, "hit a weapons depot").speaker(), "the Israeli military, then 'it added'");
        assertEquals("Hezbollah", quote(BORDER, "The enemy will pay").speaker(), "the group after the army spoke");
    }

    @Test
    void twoPartiesInOneSentenceEachSpeakInTheirOwnClause() {
        assertEquals("Israeli army", quote(BORDER, "struck launchers").speaker());
    }

    @Test
    void aScriptsSpeakerLabelsNameTheSpeakerAndTheReporterSpeaksForNobody() {
        ArticleInput a = only("""
                Protests Spread After Disputed Vote

                Thousands of protesters marched through the capital on Tuesday. More on the protests from VOA's Alan Prescott.

                NATURAL SOUND PROTESTERS CHANTING
                "THE VOTE WAS STOLEN, THE VOTE WAS STOLEN."

                Opposition leader Viktor Mahlo addressed the crowd outside parliament and called for a recount.

                VIKTOR MAHLO, OPPOSITION LEADER
                "We will stay in the streets until every ballot has been counted again, in every district, in front of observers."

                Interior Minister Pavel Drozd warned that the police would not tolerate violence.

                (SOUNDBITE) PAVEL DROZD, INTERIOR MINISTER:
                "Anyone who attacks a police officer will be arrested and put on trial."

                REPORTER: "The opposition says it will march again on Friday, and the government says it will be ready."
                """);
        assertNull(quote(a, "THE VOTE WAS STOLEN").speaker());
        assertEquals("Viktor Mahlo", quote(a, "stay in the streets").speaker());
        assertEquals("Pavel Drozd", quote(a, "attacks a police officer").speaker());
        assertNull(quote(a, "march again on Friday").speaker(), "the reporter's line does not go on with the minister's");
    }

    @Test
    void aQuoteWhoseOpeningMarkWasMisplacedIsFound() {
        ArticleInput a = only("""
                Former Minister Denies Knowing of Power Deal

                ACCRA, Ghana — A former energy minister told a parliamentary inquiry on Tuesday that he had not known of a power deal that cost the state $400 million.

                Former energy minister Kwame Asante said officials had kept the contract from him. “

                The documents never reached my desk. I learned of the deal from the newspapers,” Asante told the committee. “

                Had I known, I would have stopped it,” he said.
                """);
        assertEquals("Kwame Asante", quote(a, "never reached my desk").speaker());
        assertEquals("Kwame Asante", quote(a, "I would have stopped it").speaker());
    }

    @Test
    void singleAndLowNineQuotationMarksAreQuotes() {
        ArticleInput a = only("""
                Strikers Block Port as Talks Stall

                LAGOS, Nigeria — Dock workers blocked the main gates of the Apapa port on Monday as talks on pay broke down for a second time.

                ‘We will not move until the government pays what it promised,’ union leader Chidi Okafor told reporters. ‘Our members have waited for two years.’

                Labour minister Funke Adebayo said the strike was illegal. She said: 'The workers' grievances are being addressed, and the courts have ordered them back to work.'

                The union's rock 'n' roll band played outside the gates while officials met. „We will be back tomorrow and every day after,“ Okafor said.
                """);
        assertEquals("Chidi Okafor", quote(a, "We will not move").speaker());
        assertEquals("Chidi Okafor", quote(a, "waited for two years").speaker());
        assertEquals("Funke Adebayo", quote(a, "grievances are being addressed").speaker());
        assertEquals("Chidi Okafor", quote(a, "back tomorrow").speaker());
        assertTrue(a.statements().stream().noneMatch(s -> s.text().startsWith("n")), a.statements()::toString);
    }

    @Test
    void aQuoteOnlyTheHeadlineGivesIsFoundWithTheSpeakerItNames() {
        ArticleInput a = only("""
                Ex-Minister: 'I Was Never Told About the Contract'

                ACCRA, Ghana — Former energy minister Kwame Asante told a parliamentary inquiry on Tuesday that officials had kept a $400 million power contract from him.
                """);
        assertEquals("Kwame Asante", quote(a, "I Was Never Told About the Contract").speaker());
    }

    /** The speaker of each quote of the copy, by a fragment of its words. */
    @Test
    void aQuoteAfterAnAttributedOneKeepsItsSpeakerNotTheNextSentencesPlatform() {
        ArticleInput boats = only("""
                Fishermen Missing After Storm

                MANILA — Rescuers searched on Friday for 14 fishermen missing after a storm sank two boats off Samar, the coast guard said. Captain Ramon Dizon said his crew had lost sight of the second boat at night. "We called and called on the radio. Nobody answered," he told Reuters. "The waves were higher than the mast."  Of the 30 fishermen on the two boats, 16 were rescued on Thursday, provincial officials said on Facebook.
                """);
        assertEquals("Ramon Dizon", speakerOf(boats, "The waves were higher"));
        ArticleInput block = only("""
                Strike Hits Apartment Block

                KHARKIV — A missile hit an apartment block on Sunday. Resident Olena Bondar said she was asleep when it struck. "The walls shook and the windows flew in. I grabbed my daughter and ran," she said. "There was glass everywhere."  Eleven people were taken to hospital, three of them children, the regional governor said on Telegram.
                """);
        assertEquals("Olena Bondar", speakerOf(block, "There was glass everywhere"));
    }

    @Test
    void aBodyCalledByTheFirstWordOfItsNameSpeaks() {
        ArticleInput raids = only("""
                Reporters Detained in Raids

                ISTANBUL — Police detained six journalists in raids on Tuesday, their lawyers said. Those detained work for the Dicle Press Agency and the weekly Ozgur Haber. Dicle said two of its reporters were detained in Izmir during "a coordinated operation at their homes at dawn.” A relative of one of the journalists, who asked not to be named, told AFP the police came at dawn. She said the families had been told the arrests were "part of an investigation opened last year into the newspaper.”
                """);
        assertEquals("Dicle Press Agency", speakerOf(raids, "a coordinated operation"));
    }

    @Test
    void aPronounAfterAnUnnamedSourceSpeaksForThatSourceNotForSomeoneNamedBefore() {
        ArticleInput raids = only("""
                Reporters Detained in Raids

                ISTANBUL — Police detained six journalists in raids on Tuesday. Lawyer Ayse Kaya said the six had not seen a lawyer. A relative of one of the journalists, who asked not to be named, told AFP the police came at dawn. She said the families had been told the arrests were "part of an investigation opened last year into the newspaper."
                """);
        assertNull(speakerOf(raids, "part of an investigation"));
        ArticleInput court = only("""
                Lawyer Says Evidence Weak

                KARACHI — An anti-terrorism court convicted two men on Monday. Their lawyer Imran Qureshi said the case was weak. A cousin of one of the men, who did not want to be named, told VOA the family had not been allowed to visit. He said the family was told the men were "being held for their own safety."
                """);
        assertNull(speakerOf(court, "being held for their own safety"));
    }

    @Test
    void aSentenceAfterAQuoteClosedByItsOwnStopIsNoFrameWhenItsVerbTakesAnObject() {
        ArticleInput outbreak = only("""
                Cholera Cases Found in Border Camp

                GENEVA — Health officials in Chad confirmed three cases of cholera in a camp for refugees on Tuesday. WHO spokeswoman Amina Toure says the teams are tracing contacts. “There are teams on the ground from the health ministry, and they are working day and night.” On Thursday, the World Health Organization announced an end to the outbreak in the capital, meaning the country had been free of the disease for a month.
                """);
        assertEquals("Amina Toure", speakerOf(outbreak, "working day and night"), "a time phrase, then another body that announced something");
        ArticleInput school = only("""
                Insurgents Condemn School Attack

                KABUL — The Afghan Taliban issued a statement condemning the attack on a school in Quetta. Taliban spokesman Qari Yusuf Ahmadi told reporters: “Killing children is against the teachings of Islam and must be condemned by everyone.” The attack on the Quetta Grammar School claimed the lives of 41 pupils and three teachers.
                """);
        assertEquals("Qari Yusuf Ahmadi", speakerOf(school, "Killing children"), "the next sentence's verb claims lives, it frames nothing");
        ArticleInput strike = only("""
                Port Workers End Strike

                LAGOS — Dock workers at the port of Apapa ended a week-long strike on Monday. Union leader Chinedu Okafor said the workers had won a pay rise. "We have shown that we cannot be ignored." The Nigerian Ports Authority said the port would reopen on Tuesday.
                """);
        assertEquals("Chinedu Okafor", speakerOf(strike, "cannot be ignored"), "another body that said something: a sentence of its own");
    }

    @Test
    void aQuoteThatEndsItsSentenceInsideTheMarksIsSpokenByTheSubjectOfThatSentence() {
        ArticleInput court = only("""
                Court Orders Release of Editor

                LIMA — A Peruvian court on Monday ordered the release of newspaper editor Raul Quispe, who has spent eight months in jail. Quispe told journalists that he expected the remaining charge, which he said was invented, to be "thrown out so that I can go back to work." No date has been set for that hearing.
                """);
        assertEquals("Raul Quispe", speakerOf(court, "thrown out so that"));
        ArticleInput inquiry = only("""
                Inquiry Into Ministry Contracts Widens

                LONDON — Prosecutor Helen Marsh widened her inquiry into defence contracts on Friday. Minister Tom Reed has denied any wrongdoing. The inquiry is under orders to examine "all payments made by the ministry to contractors since 2019." Last year, the same office charged two former officials.
                """);
        assertNull(speakerOf(inquiry, "all payments made by"), "a mandate quoted, not said by the minister named before");
        ArticleInput farm = only("""
                Farmers Block Highway

                PARIS — Farmers blocked a highway near Lyon on Wednesday. Their leader Paul Girard said the protest would go on until the government met what he called "the simple demands of people who feed this country." Police diverted traffic through nearby villages.
                """);
        assertEquals("Paul Girard", speakerOf(farm, "simple demands of people"));
    }

    @Test
    void whatSomeoneCalledAnActIsTheirWords() {
        ArticleInput school = only("""
                Gunmen Kill Pupils at Boarding School

                MAIDUGURI, Nigeria — Gunmen killed 23 pupils at a boarding school in Borno state early on Tuesday, in an attack President Musa Bello called "a cowardly and senseless massacre."
                """);
        assertEquals("Musa Bello", speakerOf(school, "cowardly and senseless"), "in an attack X called ...");
        ArticleInput market = only("""
                Blast Hits Market

                ISLAMABAD — A bomb hit a crowded market in Peshawar on Friday, killing nine people. The Pakistani government called the bombers "enemies of humanity who will be hunted down."
                """);
        assertEquals("Pakistani government", speakerOf(market, "enemies of humanity"), "a body called the attackers ...");
        ArticleInput raid = only("""
                Raid on Village Condemned

                NAIROBI — Militants raided a village in Lamu county overnight, killing four people. Interior Minister Grace Wanjiru branded the raid "a desperate act by a defeated group" and promised more troops for the county.
                """);
        assertEquals("Grace Wanjiru", speakerOf(raid, "a desperate act"), "X branded the raid ...");
    }

    @Test
    void aBareQuoteAfterASentenceOfReportedSpeechInItsParagraphIsThatSpeakers() {
        ArticleInput poison = only("""
                Former Spy Chief Says Killing Was State Work

                WASHINGTON — A former intelligence chief spoke to VOA about the killing of an exiled businessman in Vienna. Police in Vienna arrested two men last week. Mark Ellison was the deputy director of national intelligence from 2005 to 2009. He says a state probably planned the attack because of the poison used. “It is very hard for someone not connected to a government to get this kind of poison.” Ellison now teaches at a university in Boston.
                """);
        assertEquals("Mark Ellison", speakerOf(poison, "very hard for someone"), "He says ... then the quote");
        ArticleInput mayor = only("""
                Mayor Warns of Water Shortage

                CAPE TOWN — The city faces water cuts within a month, officials said on Monday. Mayor Thandi Nkosi spoke after visiting the main reservoir. The mayor said the dams were at their lowest level in a century. "Every household must cut its use by half, or the taps will run dry." Rain is not expected before June.
                """);
        assertEquals("Thandi Nkosi", speakerOf(mayor, "cut its use by half"), "The mayor said ... then the quote");
    }

    @Test
    void aStatementSaidToBeFromSomeoneIsTheirs() {
        ArticleInput school = only("""
                Insurgents Condemn Attack on Pupils

                KABUL — The Afghan Taliban condemned the attack on a school in Quetta. The statement carried by Reuters, claiming to be from Taliban spokesman Qari Yusuf Ahmadi, reads: "Killing children is against the teachings of Islam and must be condemned." The attack killed 41 pupils.
                """);
        assertEquals("Qari Yusuf Ahmadi", speakerOf(school, "Killing children"), "carried by an outlet, claiming to be from X");
        ArticleInput rebels = only("""
                Rebels Deny Killing Aid Workers

                BANGUI — Rebels in the Central African Republic denied on Sunday that they had killed three aid workers. A statement purporting to be from rebel commander Jean-Paul Ngaba said: "Our fighters were nowhere near the road that day."
                """);
        assertEquals("Jean-Paul Ngaba", speakerOf(rebels, "nowhere near the road"), "a statement purporting to be from X said:");
    }
    @Test
    void quotedWordsInAClauseWithASubjectOfItsOwnAreThatSubjectsEvenWithoutAVerbOfSaying() {
        ArticleInput alert = only("""
                Thousands Rally for Serbian President

                BELGRADE, Serbia — Tens of thousands of people rallied in Belgrade on Friday in support of President Aleksandar Vucic. The rally was overshadowed by a new crisis in Kosovo, where Vucic ordered troops to be put on a "higher state of alert." Answering Vucic's call for what he called "the largest rally in the history of Serbia," his supporters were bused in from all over the country.
                """);
        assertEquals("Aleksandar Vucic", speakerOf(alert, "higher state of alert"), "..., where X ordered ... a \"...\"");
        assertEquals("Aleksandar Vucic", speakerOf(alert, "largest rally"), "for what he called \"...,\" his supporters ...");
        ArticleInput floods = only("""
                Floods Cut Off Northern Towns

                KANO, Nigeria — Floods cut off six towns in northern Nigeria on Monday, as Governor Amina Bello declared a "state of disaster in every district along the river."
                """);
        assertEquals("Amina Bello", speakerOf(floods, "state of disaster"), "..., as X declared a \"...\"");
        ArticleInput truce = only("""
                Truce Collapses in Eastern Congo

                GOMA, Congo — A truce in eastern Congo collapsed within hours on Sunday, and President Felix Mbeki accused the rebels of "betraying every promise they made in Luanda."
                """);
        assertEquals("Felix Mbeki", speakerOf(truce, "betraying every promise"), "..., and X accused ... of \"...\"");
        ArticleInput riot = only("""
                Protesters Storm Police Station

                TALLINN, Estonia — Protesters stormed a police station in the south of the country on Sunday and Prime Minister Kaja Lind called for "calm and restraint from everyone in the town."
                """);
        assertEquals("Kaja Lind", speakerOf(riot, "calm and restraint"), "... and X called for \"...\"");
        ArticleInput farmers = only("""
                Farmers Block Roads Over Prices

                BERLIN — Farmers blocked roads across Germany on Monday to protest what Agriculture Minister Lena Kraus described as "a fair price for everyone in the chain," and traffic stopped for hours.
                """);
        assertEquals("Lena Kraus", speakerOf(farmers, "a fair price for everyone"), "what X described as \"...,\" and ...");
    }

    @Test
    void aSpokespersonBroughtInWithoutABodySpeaksForTheBodyTheStoryWasJustAbout() {
        ArticleInput claim = only("""
                Militants Claim Market Bombing

                MOGADISHU, Somalia — The Ansar Brigades said they carried out Saturday's bombing of a market in Mogadishu that killed 14 people. It said the target was a meeting of government officials. A spokesman warned that more attacks would follow. "No official of this government will be safe in the capital," the spokesman said in an audio message.
                """);
        assertEquals("Ansar Brigades", speakerOf(claim, "No official of this government"));
        ArticleInput army = only("""
                Army Says Rockets Intercepted

                JERUSALEM — The Israeli military said it intercepted 20 rockets fired from Gaza overnight. A spokeswoman said no one was hurt. "Two rockets fell in open areas near Sderot," the spokeswoman said.
                """);
        assertEquals("Israeli military", speakerOf(army, "Two rockets fell in open areas"));
        ArticleInput aid = only("""
                Aid Agency Halts Deliveries

                GENEVA — The World Food Programme halted food deliveries in northern Ethiopia on Thursday after two of its trucks were looted. A spokesperson said the pause would last at least a week. "We cannot send drivers into danger," the spokesperson told reporters in Geneva.
                """);
        assertEquals("World Food Programme", speakerOf(aid, "cannot send drivers"));
    }
}
