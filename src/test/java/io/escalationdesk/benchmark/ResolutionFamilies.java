package io.escalationdesk.benchmark;

import static io.escalationdesk.cases.Category.ACCOUNT;
import static io.escalationdesk.cases.Category.BILLING;
import static io.escalationdesk.cases.Category.COMPLAINT;
import static io.escalationdesk.cases.Category.GENERAL;
import static io.escalationdesk.cases.Category.TECHNICAL;
import static io.escalationdesk.cases.Trigger.BILLING_DISPUTE;
import static io.escalationdesk.cases.Trigger.COMPLEX_ISSUE;
import static io.escalationdesk.cases.Trigger.CUSTOMER_DISSATISFIED;
import static io.escalationdesk.cases.Trigger.CUSTOMER_MESSAGE;
import static io.escalationdesk.cases.Trigger.CUSTOMER_REQUESTED_SUPERVISOR;
import static io.escalationdesk.cases.Trigger.REPEAT_CONTACT;
import static io.escalationdesk.cases.Trigger.RESOLUTION_DELAYED;
import static io.escalationdesk.cases.Trigger.TECHNICAL_FAULT;
import static io.escalationdesk.escalation.ResolutionCode.ANSWERED;
import static io.escalationdesk.escalation.ResolutionCode.CREDITED;
import static io.escalationdesk.escalation.ResolutionCode.CUSTOMER_WITHDREW;
import static io.escalationdesk.escalation.ResolutionCode.FIXED;
import static io.escalationdesk.escalation.ResolutionCode.NO_FAULT_FOUND;
import static io.escalationdesk.escalation.ResolutionCode.REFUNDED;
import static io.escalationdesk.escalation.ResolutionCode.WORKAROUND;

import io.escalationdesk.escalation.Level;
import java.util.List;

/**
 * Some forty concerns of a telecom's call center, as agents write them down in English and
 * German, and how each is resolved. Several share their category and many of their words (a
 * double charge, roaming charges and a direct debit after closing are all about money taken), so
 * a suggestion has to tell them apart by more than the obvious word.
 */
final class ResolutionFamilies {

    private ResolutionFamilies() {}

    static final List<ResolutionFamily> ALL = List.of(
            // billing
            ResolutionFamily.of(
                    "double charge",
                    40,
                    BILLING,
                    BILLING_DISPUTE,
                    Level.TIER1,
                    REFUNDED,
                    "Duplicate payment confirmed in the account; the second amount refunded to the customer's bank account.",
                    "Doppelte Abbuchung im Kundenkonto bestätigt; der zweite Betrag wurde auf das Bankkonto erstattet.",
                    List.of(
                            "{Charged|Billed|Debited} twice for the {month} invoice, {amount} {taken|withdrawn} two times",
                            "The {month} bill was {paid|collected} twice, the bank statement shows {amount} two times",
                            "{Double|Duplicate} payment: {amount} debited twice {this month|in {month}}, wants the money back"),
                    List.of(
                            "Rechnung {month} {doppelt|zweimal} abgebucht, {amount} {zweimal|doppelt} vom Konto",
                            "{Doppelte|Zweifache} Abbuchung für {month}, Kontoauszug zeigt {amount} zweimal",
                            "Betrag von {amount} wurde {zweimal|doppelt} eingezogen, möchte das Geld zurück")),
            ResolutionFamily.of(
                    "roaming charges",
                    18,
                    BILLING,
                    BILLING_DISPUTE,
                    Level.TIER2,
                    CREDITED,
                    "Roaming was billed at the non-EU rate by mistake; the difference credited on the next invoice.",
                    "Roaming wurde fälschlich zum Nicht-EU-Tarif berechnet; die Differenz wird auf der nächsten Rechnung gutgeschrieben.",
                    List.of(
                            "Roaming charges of {amount} on the {month} bill after a {holiday|trip|business trip} to {Spain|Italy|Austria|Croatia}",
                            "Bill shows {expensive|high} {data roaming|roaming} in {Spain|Italy|Austria|Croatia} although EU roaming should be free",
                            "{Disputes|Questions} {amount} for mobile data abroad on the {month} invoice"),
                    List.of(
                            "Roaminggebühren von {amount} auf der Rechnung {month} nach {Urlaub|Reise|Dienstreise} in {Spanien|Italien|Österreich|Kroatien}",
                            "Rechnung zeigt {teures|hohes} {Datenroaming|Roaming} in {Spanien|Italien|Österreich|Kroatien}, obwohl EU-Roaming kostenlos sein soll",
                            "{Widerspricht|Beanstandet} {amount} für mobile Daten im Ausland auf der Rechnung {month}")),
            ResolutionFamily.of(
                    "price increase",
                    25,
                    BILLING,
                    CUSTOMER_DISSATISFIED,
                    Level.TIER1,
                    ANSWERED,
                    "Explained the announced price adjustment and the letter from {month}; customer accepts it.",
                    "Die angekündigte Preisanpassung und das Schreiben erklärt; Kunde akzeptiert sie.",
                    List.of(
                            "Asks why the monthly {price|fee} went up by {amount}",
                            "{Monthly|Basic} fee is {higher|more expensive} since {month}, was never told about a price increase",
                            "Upset about the new tariff price, {pays|is paying} {amount} more {each|every} month now"),
                    List.of(
                            "Fragt, warum die monatliche {Grundgebühr|Gebühr} um {amount} gestiegen ist",
                            "{Monatsgebühr|Grundgebühr} seit {month} {höher|teurer}, wurde nie über eine Preiserhöhung informiert",
                            "Verärgert über den neuen Tarifpreis, zahlt jetzt {jeden Monat|monatlich} {amount} mehr")),
            ResolutionFamily.of(
                    "debit after closing",
                    12,
                    BILLING,
                    BILLING_DISPUTE,
                    Level.BILLING,
                    REFUNDED,
                    "Direct debit mandate was still active after the contract ended; mandate cancelled and all debits after the end refunded.",
                    "Das Lastschriftmandat war nach Vertragsende noch aktiv; Mandat gelöscht und alle Abbuchungen nach Vertragsende erstattet.",
                    List.of(
                            "Direct debit of {amount} taken although the {contract|account} was closed in {month}",
                            "Still {charged|debited} every month after the cancellation took effect in {month}",
                            "Money taken from the bank account after the contract ended, {amount} on the {number} statement"),
                    List.of(
                            "Lastschrift über {amount} eingezogen, obwohl der {Vertrag|Account} im {month} beendet wurde",
                            "Wird nach der Kündigung zum {month} weiterhin jeden Monat {belastet|abgebucht}",
                            "Nach Vertragsende Geld vom Bankkonto abgebucht, {amount} laut Kontoauszug")),
            ResolutionFamily.of(
                    "return refund missing",
                    16,
                    BILLING,
                    RESOLUTION_DELAYED,
                    Level.BILLING,
                    REFUNDED,
                    "Returned device was booked in at the warehouse; the refund released by the billing back office.",
                    "Das zurückgesendete Gerät war im Lager verbucht; die Erstattung wurde von der Buchhaltung freigegeben.",
                    List.of(
                            "Refund for the returned {router|phone|tablet|TV box} has not arrived, sent it back in {month}",
                            "{Returned|Sent back} the {router|phone|tablet|TV box} {three|four|six} weeks ago, still no refund of {amount}",
                            "Waiting for the money for a return, tracking number {number} shows it was delivered"),
                    List.of(
                            "Erstattung für {den zurückgeschickten Router|das zurückgeschickte Handy|das zurückgeschickte Tablet} fehlt noch, Rücksendung im {month}",
                            "{Router|Handy|Tablet} vor {drei|vier|sechs} Wochen zurückgeschickt, immer noch keine Erstattung von {amount}",
                            "Wartet auf das Geld für eine Rücksendung, Sendungsnummer {number} zeigt Zustellung")),
            ResolutionFamily.of(
                    "late payment fee",
                    14,
                    BILLING,
                    BILLING_DISPUTE,
                    Level.TIER1,
                    CREDITED,
                    "The reminder fee was charged although the payment arrived in time; the fee credited as goodwill.",
                    "Die Mahngebühr wurde berechnet, obwohl die Zahlung rechtzeitig einging; Gebühr aus Kulanz gutgeschrieben.",
                    List.of(
                            "{Late payment|Reminder} fee of {amount} on the {month} invoice although the bill was paid on time",
                            "Got a payment reminder with a {fee|charge}, says the transfer was made on {weekday}",
                            "{Disputes|Refuses to pay} the dunning fee, paid {month} by bank transfer"),
                    List.of(
                            "Mahngebühr von {amount} auf der Rechnung {month}, obwohl pünktlich bezahlt wurde",
                            "{Zahlungserinnerung|Mahnung} mit {Gebühr|Kosten} erhalten, Überweisung sei am {weekday} erfolgt",
                            "{Widerspricht der|Will keine} Mahngebühr {zahlen|}, {month} per Überweisung bezahlt")),
            ResolutionFamily.of(
                    "invoice not received",
                    15,
                    BILLING,
                    CUSTOMER_MESSAGE,
                    Level.TIER1,
                    ANSWERED,
                    "Invoices are in the customer portal under 'My bills'; sent the {month} invoice by email as well.",
                    "Rechnungen stehen im Kundenportal unter 'Meine Rechnungen'; Rechnung zusätzlich per E-Mail gesendet.",
                    List.of(
                            "Did not receive the {month} invoice, {needs|wants} a copy {for the tax return|for the employer|for their records}",
                            "No bill {by email|in the post} since {month}, asks where to find the invoices",
                            "Asks for a copy of the invoice {number}"),
                    List.of(
                            "Rechnung für {month} nicht erhalten, braucht eine Kopie {für die Steuererklärung|für den Arbeitgeber|für die Unterlagen}",
                            "Seit {month} keine Rechnung {per E-Mail|per Post}, fragt, wo die Rechnungen zu finden sind",
                            "Bittet um eine Kopie der Rechnung {number}")),
            ResolutionFamily.of(
                    "business invoice details",
                    8,
                    BILLING,
                    COMPLEX_ISSUE,
                    Level.BILLING,
                    FIXED,
                    "Company name and VAT ID corrected in the billing account; corrected invoices issued for the last months.",
                    "Firmenname und USt-IdNr. im Rechnungskonto korrigiert; korrigierte Rechnungen für die letzten Monate ausgestellt.",
                    List.of(
                            "Business customer needs the VAT ID on the invoice, accounting refuses the {month} bill",
                            "Company {name|address} on the invoices is wrong, needs corrected invoices since {month}",
                            "Invoice lacks the {VAT number|tax ID}, the {accountant|tax office} asked for a corrected one"),
                    List.of(
                            "Geschäftskunde braucht die USt-IdNr. auf der Rechnung, Buchhaltung lehnt die Rechnung {month} ab",
                            "{Firmenname|Firmenanschrift} auf den Rechnungen falsch, braucht korrigierte Rechnungen seit {month}",
                            "Auf der Rechnung fehlt die {Umsatzsteuer-ID|Steuernummer}, der {Steuerberater|Buchhalter} verlangt eine Korrektur")),
            ResolutionFamily.of(
                    "third-party charges",
                    11,
                    BILLING,
                    BILLING_DISPUTE,
                    Level.TIER2,
                    REFUNDED,
                    "Third-party subscription charged via the mobile bill; refunded and a third-party block set on the line.",
                    "Drittanbieter-Abo über die Mobilfunkrechnung abgerechnet; erstattet und Drittanbietersperre eingerichtet.",
                    List.of(
                            "Unknown {subscription|service} charges of {amount} on the mobile bill, {never ordered|did not subscribe to} anything",
                            "Premium SMS and {game|app|ringtone} subscription on the {month} invoice, {son|daughter} may have clicked an ad",
                            "Wants a third-party {block|barring} and the {amount} for the subscription back"),
                    List.of(
                            "Unbekannte {Abo|Dienst}-Kosten von {amount} auf der Handyrechnung, nie etwas bestellt",
                            "Premium-SMS und {Spiele|App|Klingelton}-Abo auf der Rechnung {month}, {Sohn|Tochter} hat wohl auf Werbung geklickt",
                            "Möchte eine Drittanbietersperre und die {amount} für das Abo zurück")),
            ResolutionFamily.of(
                    "payment plan",
                    7,
                    BILLING,
                    COMPLEX_ISSUE,
                    Level.SUPERVISOR,
                    WORKAROUND,
                    "Supervisor agreed an instalment plan over {three|six} months; dunning paused meanwhile.",
                    "Teamleitung hat eine Ratenzahlung über mehrere Monate vereinbart; Mahnverfahren bis dahin ausgesetzt.",
                    List.of(
                            "Cannot pay the open balance of {amount} at once, asks for instalments",
                            "{Lost the job|Is unemployed|Is ill}, wants to {pay in instalments|defer the payment} of the outstanding bills",
                            "Asks for a payment plan, line is about to be {blocked|suspended} for the unpaid {month} invoice"),
                    List.of(
                            "Kann den offenen Betrag von {amount} nicht auf einmal zahlen, bittet um Ratenzahlung",
                            "{Arbeitslos|Krank}, möchte die offenen Rechnungen {in Raten zahlen|stunden}",
                            "Bittet um Ratenplan, Anschluss soll wegen unbezahlter Rechnung {month} gesperrt werden")),
            ResolutionFamily.of(
                    "bank details change",
                    12,
                    BILLING,
                    CUSTOMER_MESSAGE,
                    Level.TIER1,
                    FIXED,
                    "New IBAN stored and a new SEPA mandate sent; the returned debit will be collected again without a fee.",
                    "Neue IBAN hinterlegt und neues SEPA-Mandat gesendet; die Rücklastschrift wird ohne Gebühr erneut eingezogen.",
                    List.of(
                            "Changed banks, wants the direct debit moved to the new IBAN",
                            "Direct debit {bounced|was returned} because the old account is closed, {needs|asks for} new bank details on file",
                            "New bank account from {month}, asks how to update the SEPA mandate"),
                    List.of(
                            "Bank gewechselt, möchte die Lastschrift auf die neue IBAN umstellen",
                            "Lastschrift {zurückgegangen|geplatzt}, weil das alte Konto aufgelöst ist, neue Bankverbindung hinterlegen",
                            "Neues Bankkonto ab {month}, fragt, wie das SEPA-Mandat geändert wird")),
            // technical
            ResolutionFamily.of(
                    "internet drops in the evening",
                    35,
                    TECHNICAL,
                    TECHNICAL_FAULT,
                    Level.TECHNICAL,
                    FIXED,
                    "Technician found a corroded connector at the street cabinet and replaced it; line stable since.",
                    "Techniker hat einen korrodierten Stecker am Verteilerkasten getauscht; Leitung seitdem stabil.",
                    List.of(
                            "Internet {drops|disconnects|cuts out} every evening {since the upgrade|since {month}|for two weeks}",
                            "Connection {keeps dropping|lost several times a day}, router {restarts|reconnects} {in the evening|after 8 pm}",
                            "{DSL|Fibre|Cable} line unstable, video calls {freeze|break off} {every evening|daily}, router already restarted"),
                    List.of(
                            "Internet {bricht|fällt} {jeden Abend|abends} {ab|aus}, {seit dem Upgrade|seit {month}|seit zwei Wochen}",
                            "Verbindung {bricht mehrmals täglich ab|ständig weg}, Router {startet neu|verbindet sich neu} am Abend",
                            "{DSL|Glasfaser|Kabel}-Leitung instabil, Videocalls {frieren ein|brechen ab}, Router schon neu gestartet")),
            ResolutionFamily.of(
                    "slow internet",
                    22,
                    TECHNICAL,
                    TECHNICAL_FAULT,
                    Level.TIER2,
                    NO_FAULT_FOUND,
                    "Line measured at the booked speed up to the router; slowness caused by the customer's Wi-Fi, advised a cable test.",
                    "Leitung bis zum Router mit gebuchter Geschwindigkeit gemessen; Langsamkeit liegt am WLAN des Kunden, Kabeltest empfohlen.",
                    List.of(
                            "Internet {speed|bandwidth} far below the contract, {books|pays for} {100|250|500} Mbit but gets {12|20|30}",
                            "Speed test shows only {12|20|30} Mbit {in the evening|all day}, {streaming|downloads} very slow",
                            "Internet {much slower|slow} since {month}, wants the {speed|bandwidth} they pay for"),
                    List.of(
                            "Internet{geschwindigkeit|-Bandbreite} weit unter Vertrag, {bucht|zahlt} {100|250|500} Mbit, bekommt {12|20|30}",
                            "Speedtest zeigt nur {12|20|30} Mbit {abends|den ganzen Tag}, {Streaming|Downloads} sehr langsam",
                            "Internet seit {month} {viel langsamer|langsam}, will die bezahlte Geschwindigkeit")),
            ResolutionFamily.of(
                    "weak wifi",
                    14,
                    TECHNICAL,
                    COMPLEX_ISSUE,
                    Level.TIER1,
                    WORKAROUND,
                    "Wi-Fi channel changed remotely and a mesh repeater recommended for the upper floor.",
                    "WLAN-Kanal aus der Ferne geändert und einen Mesh-Repeater für das Obergeschoss empfohlen.",
                    List.of(
                            "Wi-Fi {does not reach|is weak in} the {bedroom|office|upper floor|kitchen}",
                            "{WLAN|Wi-Fi} signal {drops|is poor} {two rooms away|upstairs}, laptop {disconnects|loses the network}",
                            "Wireless {range|coverage} of the new router worse than the old one"),
                    List.of(
                            "WLAN reicht nicht bis ins {Schlafzimmer|Büro|Obergeschoss|Küche}",
                            "WLAN-Signal {bricht ab|schwach} {zwei Räume weiter|oben}, Laptop verliert das Netz",
                            "{Reichweite|Abdeckung} des WLAN beim neuen Router schlechter als beim alten")),
            ResolutionFamily.of(
                    "tv no signal",
                    13,
                    TECHNICAL,
                    TECHNICAL_FAULT,
                    Level.TIER1,
                    FIXED,
                    "Receiver reset and channel list updated remotely; all channels back.",
                    "Receiver zurückgesetzt und Senderliste aus der Ferne aktualisiert; alle Sender wieder da.",
                    List.of(
                            "TV {box|receiver} shows no signal {since {weekday}|since the storm}, {no channels|black screen}",
                            "{Some|Several} TV channels missing {since the update|since {month}}, {receiver|box} says no signal",
                            "Television {picture freezes|not working}, TV box error {number}"),
                    List.of(
                            "{TV-Box|Receiver} zeigt kein Signal {seit {weekday}|seit dem Sturm}, {keine Sender|schwarzer Bildschirm}",
                            "{Einige|Mehrere} Fernsehsender fehlen {seit dem Update|seit {month}}, {Receiver|Box} meldet kein Signal",
                            "Fernsehbild {friert ein|geht nicht}, Fehlercode {number} an der TV-Box")),
            ResolutionFamily.of(
                    "no mobile signal at home",
                    12,
                    TECHNICAL,
                    TECHNICAL_FAULT,
                    Level.TECHNICAL,
                    WORKAROUND,
                    "No mast fault in the area; Wi-Fi calling activated on the line as a workaround until the network extension.",
                    "Keine Störung am Mast; WLAN-Call auf der Leitung aktiviert als Umgehung bis zum Netzausbau.",
                    List.of(
                            "No mobile {signal|reception} {at home|in the flat|in the house}, calls {drop|break off}",
                            "{Mobile|Cell} reception {gone|very weak} {since {month}|since a new building went up}, only one bar",
                            "Cannot {make calls|phone} from home, {signal|network} {lost|shows no service}"),
                    List.of(
                            "Kein {Mobilfunkempfang|Handynetz} {zu Hause|in der Wohnung|im Haus}, Gespräche brechen ab",
                            "Handyempfang {weg|sehr schwach} {seit {month}|seit dem Neubau nebenan}, nur ein Balken",
                            "Kann von zu Hause nicht telefonieren, {Netz|Empfang} zeigt keinen Dienst")),
            ResolutionFamily.of(
                    "email not sending",
                    10,
                    TECHNICAL,
                    CUSTOMER_MESSAGE,
                    Level.TIER1,
                    FIXED,
                    "Outgoing mail server settings corrected in the customer's mail program (port 587, authentication on).",
                    "Postausgangsserver im Mailprogramm korrigiert (Port 587, Authentifizierung an).",
                    List.of(
                            "Cannot send {emails|mails} from the {mail account|mailbox} {since {month}|since the new laptop}, receiving works",
                            "{Outlook|Thunderbird|The phone's mail app} {refuses to send|gives an error when sending}, {SMTP|outgoing server} error",
                            "Email {stuck|stays} in the outbox, error {number}"),
                    List.of(
                            "Kann {seit {month}|seit dem neuen Laptop} keine {E-Mails|Mails} versenden, Empfang geht",
                            "{Outlook|Thunderbird|Die Mail-App} {verschickt nichts|zeigt Fehler beim Senden}, {SMTP|Postausgangsserver}-Fehler",
                            "E-Mail bleibt im Postausgang hängen, Fehler {number}")),
            ResolutionFamily.of(
                    "technician no-show",
                    11,
                    COMPLAINT,
                    RESOLUTION_DELAYED,
                    Level.SUPERVISOR,
                    CREDITED,
                    "Apologised for the missed appointment; a fixed morning slot booked and one month's fee credited.",
                    "Für den verpassten Termin entschuldigt; festen Vormittagstermin gebucht und eine Monatsgebühr gutgeschrieben.",
                    List.of(
                            "Technician did not come to the appointment on {weekday}, {took a day off|waited all day} for nothing",
                            "{Second|Third} missed technician {appointment|visit}, nobody called to cancel",
                            "Waited {from 8 to 4|all morning} for the engineer, no show, wants compensation"),
                    List.of(
                            "Techniker ist am {weekday} nicht zum Termin gekommen, {Urlaub genommen|ganzen Tag gewartet} umsonst",
                            "{Zweiter|Dritter} verpasster Technikertermin, niemand hat abgesagt",
                            "{Von 8 bis 16 Uhr|Den ganzen Vormittag} auf den Techniker gewartet, keiner kam, will Entschädigung")),
            ResolutionFamily.of(
                    "activation delayed",
                    14,
                    TECHNICAL,
                    RESOLUTION_DELAYED,
                    Level.TECHNICAL,
                    FIXED,
                    "Port at the exchange was not switched; switched by the technical department, line live the same day.",
                    "Port in der Vermittlungsstelle war nicht geschaltet; von der Technik geschaltet, Anschluss am selben Tag aktiv.",
                    List.of(
                            "New {internet|fibre|DSL} connection not active although the activation date was {weekday}",
                            "Moved in on the 1st, {line|connection} still not {switched on|working}, no internet for {two|three} weeks",
                            "Activation {date|deadline} in {month} missed, router shows no {sync|connection}"),
                    List.of(
                            "Neuer {Internet|Glasfaser|DSL}-Anschluss nicht aktiv, obwohl die Schaltung am {weekday} sein sollte",
                            "Am Ersten eingezogen, {Leitung|Anschluss} immer noch nicht geschaltet, seit {zwei|drei} Wochen kein Internet",
                            "{Schalttermin|Aktivierungstermin} im {month} verpasst, Router zeigt keine {Synchronisation|Verbindung}")),
            ResolutionFamily.of(
                    "sim not working",
                    16,
                    TECHNICAL,
                    TECHNICAL_FAULT,
                    Level.TIER1,
                    FIXED,
                    "SIM card was not yet activated in the system; activated it and the phone registered after a restart.",
                    "SIM-Karte war im System noch nicht aktiviert; aktiviert, nach Neustart hat sich das Handy eingebucht.",
                    List.of(
                            "New SIM card {shows no service|does not work}, phone says {SIM not activated|invalid SIM}",
                            "{eSIM|SIM card} not {working|activated} after the {phone change|number change}, no network",
                            "Replacement SIM inserted {on {weekday}|yesterday} but {no network|PIN rejected|emergency calls only}"),
                    List.of(
                            "Neue SIM-Karte {ohne Netz|funktioniert nicht}, Handy meldet {SIM nicht aktiviert|ungültige SIM}",
                            "{eSIM|SIM-Karte} nach dem {Handywechsel|Rufnummernwechsel} nicht {aktiv|aktiviert}, kein Netz",
                            "Ersatz-SIM {am {weekday}|gestern} eingelegt, aber {kein Netz|PIN abgelehnt|nur Notrufe}")),
            ResolutionFamily.of(
                    "landline fault",
                    9,
                    TECHNICAL,
                    TECHNICAL_FAULT,
                    Level.TECHNICAL,
                    FIXED,
                    "Line measurement showed a fault on the in-house wiring; technician repaired the socket.",
                    "Leitungsmessung zeigte einen Fehler an der Hausverkabelung; Techniker hat die Dose repariert.",
                    List.of(
                            "Landline has no dial tone {since {weekday}|since the storm|for days}",
                            "{Crackling|Noise|Humming} on the {landline|home phone}, calls {hard to understand|drop}",
                            "Home phone {dead|not ringing}, callers hear {busy|nothing}"),
                    List.of(
                            "Festnetz ohne Freizeichen {seit {weekday}|seit dem Gewitter|seit Tagen}",
                            "{Knacken|Rauschen|Brummen} im {Festnetz|Telefon}, Gespräche {schwer verständlich|brechen ab}",
                            "Festnetztelefon {tot|klingelt nicht}, Anrufer hören {besetzt|nichts}")),
            ResolutionFamily.of(
                    "router defective",
                    12,
                    TECHNICAL,
                    TECHNICAL_FAULT,
                    Level.TIER2,
                    FIXED,
                    "Remote diagnosis confirmed a hardware fault; a replacement router sent by express with a return label.",
                    "Ferndiagnose bestätigte Hardwaredefekt; Ersatzrouter per Express mit Rücksendeetikett verschickt.",
                    List.of(
                            "Router {does not turn on|is dead|keeps rebooting}, {power light off|all lights blink red}",
                            "Router {broken|defective} after a {power cut|thunderstorm}, no internet at all",
                            "{Router|Modem} {gets very hot|smells burnt} and switches off, needs a {new one|replacement}"),
                    List.of(
                            "Router {geht nicht mehr an|ist tot|startet ständig neu}, {Power-LED aus|alle LEDs blinken rot}",
                            "Router nach {Stromausfall|Gewitter} {kaputt|defekt}, gar kein Internet",
                            "{Router|Modem} wird sehr heiß und schaltet ab, braucht {einen neuen|Ersatz}")),
            ResolutionFamily.of(
                    "number porting delayed",
                    10,
                    TECHNICAL,
                    RESOLUTION_DELAYED,
                    Level.TECHNICAL,
                    FIXED,
                    "Porting request was rejected by the old provider for a name mismatch; resubmitted and the number ported.",
                    "Portierung wurde vom alten Anbieter wegen abweichendem Namen abgelehnt; neu beantragt und Rufnummer portiert.",
                    List.of(
                            "Number {transfer|porting} from the old provider {not done|stuck} {after three weeks|since {month}}",
                            "Old {number|mobile number} still not {moved over|ported}, new SIM has a temporary number",
                            "Porting date {passed|missed}, {cannot be reached|nobody can call} on the old number"),
                    List.of(
                            "Rufnummernmitnahme vom alten Anbieter {nicht erfolgt|hängt} {nach drei Wochen|seit {month}}",
                            "Alte {Nummer|Handynummer} immer noch nicht portiert, neue SIM hat eine vorläufige Nummer",
                            "Portierungstermin {verstrichen|verpasst}, auf der alten Nummer nicht erreichbar")),
            // account
            ResolutionFamily.of(
                    "portal login",
                    30,
                    ACCOUNT,
                    CUSTOMER_MESSAGE,
                    Level.TIER1,
                    FIXED,
                    "Password reset link sent after verifying the customer; login works again.",
                    "Nach Verifizierung einen Link zum Zurücksetzen des Passworts gesendet; Login funktioniert wieder.",
                    List.of(
                            "Cannot log in to the customer portal, {password not accepted|forgot the password}",
                            "{Locked out of|Blocked from} the {online account|app} after {three|several} wrong passwords",
                            "{Login|Sign-in} to {My Account|the portal} fails, password reset email never {arrives|came}"),
                    List.of(
                            "Kann sich nicht im Kundenportal anmelden, {Passwort wird nicht akzeptiert|Passwort vergessen}",
                            "Nach {drei|mehreren} falschen Passwörtern {aus dem Online-Konto|aus der App} ausgesperrt",
                            "{Login|Anmeldung} im {Kundencenter|Portal} klappt nicht, Mail zum Passwort-Zurücksetzen kommt nie an")),
            ResolutionFamily.of(
                    "two-factor lost phone",
                    7,
                    ACCOUNT,
                    COMPLEX_ISSUE,
                    Level.TIER2,
                    FIXED,
                    "Identity verified by post-ident; two-factor authentication reset to the new phone number.",
                    "Identität per Post-Ident geprüft; Zwei-Faktor-Authentifizierung auf die neue Rufnummer umgestellt.",
                    List.of(
                            "Lost the phone with the {authenticator app|two-factor codes}, cannot confirm the login",
                            "Two-factor {code|SMS} goes to the old {number|phone}, {locked out|cannot log in}",
                            "New phone, {authentication|verification} codes no longer {arrive|work} for the account"),
                    List.of(
                            "Handy mit der {Authenticator-App|Zwei-Faktor-App} verloren, kann den Login nicht bestätigen",
                            "Zwei-Faktor-{Code|SMS} geht an die alte {Nummer|Handynummer}, {ausgesperrt|kein Login möglich}",
                            "Neues Handy, {Bestätigungscodes|Verifizierungscodes} kommen nicht mehr an")),
            ResolutionFamily.of(
                    "moving house",
                    20,
                    ACCOUNT,
                    COMPLEX_ISSUE,
                    Level.TIER2,
                    FIXED,
                    "Availability at the new address confirmed; the contract moved with the switch date on moving day.",
                    "Verfügbarkeit an der neuen Adresse bestätigt; Vertrag mit Schalttermin zum Umzugstag umgezogen.",
                    List.of(
                            "Wants the contract moved to the new address {in {month}|on the 1st}",
                            "Moving {house|flat} in {month}, asks whether the {internet|fibre} tariff is available at the new address",
                            "{Relocation|Move} order placed {weeks ago|in {month}}, still no date for the new address"),
                    List.of(
                            "Möchte den Vertrag {im {month}|zum Ersten} an die neue Adresse mitnehmen",
                            "Umzug im {month}, fragt, ob der {Internet|Glasfaser}-Tarif an der neuen Adresse verfügbar ist",
                            "Umzugsauftrag {vor Wochen|im {month}} gestellt, noch kein Termin für die neue Adresse")),
            ResolutionFamily.of(
                    "account holder change",
                    9,
                    ACCOUNT,
                    CUSTOMER_MESSAGE,
                    Level.TIER1,
                    FIXED,
                    "Name changed on the contract after the marriage certificate was received.",
                    "Name im Vertrag nach Eingang der Heiratsurkunde geändert.",
                    List.of(
                            "Name changed after the {wedding|marriage}, wants the contract and invoices in the new name",
                            "Asks to transfer the contract to the {partner|husband|wife}, {moving out|separated}",
                            "Wrong {surname|name} on the contract, {needs|asks for} a correction"),
                    List.of(
                            "Name nach der {Hochzeit|Heirat} geändert, möchte Vertrag und Rechnungen auf den neuen Namen",
                            "Möchte den Vertrag auf {den Partner|die Partnerin|den Ehemann|die Ehefrau} übertragen, {Auszug|Trennung}",
                            "Falscher {Nachname|Name} im Vertrag, bittet um Korrektur")),
            ResolutionFamily.of(
                    "delivery missing",
                    16,
                    ACCOUNT,
                    RESOLUTION_DELAYED,
                    Level.TIER1,
                    FIXED,
                    "Parcel was lost by the carrier; a new one sent by express and the tracking number given to the customer.",
                    "Paket vom Versanddienstleister verloren; neues per Express verschickt und Sendungsnummer mitgeteilt.",
                    List.of(
                            "New SIM card was never delivered, ordered in {month}",
                            "{Phone|Router|SIM card} order not {arrived|delivered} after {ten days|two weeks}, tracking {number} shows nothing",
                            "Parcel with the {phone|router|SIM card} {lost|shows delivered but never came}"),
                    List.of(
                            "Neue SIM-Karte nie angekommen, bestellt im {month}",
                            "{Handy|Router|SIM-Karte} nach {zehn Tagen|zwei Wochen} nicht geliefert, Sendungsverfolgung {number} zeigt nichts",
                            "Paket mit {Handy|Router|SIM-Karte} {verloren|angeblich zugestellt, aber nie angekommen}")),
            ResolutionFamily.of(
                    "bereavement",
                    5,
                    ACCOUNT,
                    COMPLEX_ISSUE,
                    Level.SUPERVISOR,
                    ANSWERED,
                    "Condolences expressed; contract ended as of the date of death on receipt of the death certificate, no fees.",
                    "Beileid ausgesprochen; Vertrag nach Eingang der Sterbeurkunde zum Todestag beendet, ohne Gebühren.",
                    List.of(
                            "{Father|Mother|Husband|Wife} passed away in {month}, {son|daughter} wants to end the contract",
                            "Account holder {died|deceased}, relatives ask how to {cancel|close} the contract",
                            "Widow asks to {cancel|take over} the deceased husband's contract"),
                    List.of(
                            "{Vater|Mutter|Ehemann|Ehefrau} im {month} verstorben, {Sohn|Tochter} möchte den Vertrag beenden",
                            "Vertragsinhaber verstorben, Angehörige fragen, wie der Vertrag {gekündigt|aufgelöst} wird",
                            "Witwe möchte den Vertrag des verstorbenen Mannes {kündigen|übernehmen}")),
            ResolutionFamily.of(
                    "data protection request",
                    5,
                    ACCOUNT,
                    COMPLEX_ISSUE,
                    Level.MANAGEMENT,
                    ANSWERED,
                    "Data protection officer sent the full data access report within the legal deadline.",
                    "Datenschutzbeauftragter hat die vollständige Datenauskunft fristgerecht verschickt.",
                    List.of(
                            "Requests {a copy of all personal data|information on stored data} under GDPR",
                            "Wants all {personal data|data} deleted and a {confirmation|written confirmation}",
                            "{GDPR|Data protection} request, asks who the data was {shared|passed on} with"),
                    List.of(
                            "Verlangt {Auskunft über alle gespeicherten Daten|eine Kopie aller personenbezogenen Daten} nach DSGVO",
                            "Möchte alle {personenbezogenen Daten|Daten} gelöscht haben, mit {Bestätigung|schriftlicher Bestätigung}",
                            "{DSGVO|Datenschutz}-Anfrage, fragt, an wen die Daten weitergegeben wurden")),
            ResolutionFamily.of(
                    "account hacked",
                    8,
                    ACCOUNT,
                    COMPLEX_ISSUE,
                    Level.TIER2,
                    FIXED,
                    "Fraudulent orders cancelled, account password and customer PIN reset, SIM swap blocked.",
                    "Betrügerische Bestellungen storniert, Passwort und Kundenkennwort zurückgesetzt, SIM-Tausch gesperrt.",
                    List.of(
                            "Someone {ordered|bought} a {phone|tablet} on the account, customer did not order it",
                            "{Strange|Unknown} orders and a changed email address on the account, suspects {fraud|hacking}",
                            "Received an order confirmation for {number} they never placed, account {hacked|compromised}"),
                    List.of(
                            "Jemand hat über das Konto ein {Handy|Tablet} bestellt, Kunde hat nichts bestellt",
                            "{Seltsame|Unbekannte} Bestellungen und geänderte E-Mail-Adresse im Konto, Verdacht auf {Betrug|Hackerangriff}",
                            "Bestellbestätigung für {number} erhalten, nie bestellt, Konto {gehackt|kompromittiert}")),
            // contract and complaints
            ResolutionFamily.of(
                    "cancellation retention",
                    30,
                    GENERAL,
                    CUSTOMER_REQUESTED_SUPERVISOR,
                    Level.SUPERVISOR,
                    CUSTOMER_WITHDREW,
                    "Supervisor offered a retention discount for twelve months; customer withdrew the cancellation.",
                    "Teamleitung hat zwölf Monate Treuerabatt angeboten; Kunde hat die Kündigung zurückgenommen.",
                    List.of(
                            "Wants to cancel the contract early, {found a cheaper offer|moving to a competitor}",
                            "{Cancel|Terminate} {immediately|the contract}, {too expensive|unhappy with the service}, asks for a supervisor",
                            "Threatens to {leave|switch provider} unless the price {goes down|is matched}"),
                    List.of(
                            "Möchte den Vertrag vorzeitig kündigen, {günstigeres Angebot gefunden|wechselt zur Konkurrenz}",
                            "Will {sofort|den Vertrag} kündigen, {zu teuer|unzufrieden mit dem Service}, verlangt Vorgesetzten",
                            "Droht mit {Anbieterwechsel|Kündigung}, wenn der Preis nicht {sinkt|angepasst wird}")),
            ResolutionFamily.of(
                    "hotline waiting time",
                    16,
                    COMPLAINT,
                    CUSTOMER_DISSATISFIED,
                    Level.TIER2,
                    ANSWERED,
                    "Apologised for the waiting time and gave the direct call-back option; customer satisfied.",
                    "Für die Wartezeit entschuldigt und die Rückrufoption genannt; Kunde zufrieden.",
                    List.of(
                            "Complains about the hotline waiting time, {40 minutes|an hour} on hold",
                            "{Waited|Was on hold} for {ages|an hour} {three times|twice}, then the call was {dropped|cut off}",
                            "Nobody {answers|picks up} at the hotline, {chat|callback} did not work either"),
                    List.of(
                            "Beschwert sich über die Wartezeit an der Hotline, {40 Minuten|eine Stunde} in der Warteschleife",
                            "{Dreimal|Zweimal} {ewig|eine Stunde} gewartet, dann wurde das Gespräch {getrennt|abgebrochen}",
                            "An der Hotline geht niemand ran, {Chat|Rückruf} hat auch nicht funktioniert")),
            ResolutionFamily.of(
                    "rude agent",
                    9,
                    COMPLAINT,
                    CUSTOMER_REQUESTED_SUPERVISOR,
                    Level.SUPERVISOR,
                    CREDITED,
                    "Supervisor apologised personally, the call reviewed with the agent, goodwill credit granted.",
                    "Teamleitung hat sich persönlich entschuldigt, Gespräch mit dem Mitarbeiter ausgewertet, Kulanzgutschrift gewährt.",
                    List.of(
                            "Complains that the agent was {rude|unfriendly} and {hung up|laughed}, wants to speak to a supervisor",
                            "Agent {in the shop|on the phone} was {impolite|disrespectful}, demands an apology",
                            "Treated badly by {staff|the hotline agent} on {weekday}, asks for a manager"),
                    List.of(
                            "Beschwert sich, der Mitarbeiter war {unhöflich|unfreundlich} und hat {aufgelegt|gelacht}, will einen Vorgesetzten",
                            "Mitarbeiter {im Shop|am Telefon} war {respektlos|unhöflich}, verlangt eine Entschuldigung",
                            "Am {weekday} von {Personal|Hotline-Mitarbeiter} schlecht behandelt, verlangt Vorgesetzten")),
            ResolutionFamily.of(
                    "repeated fault complaint",
                    8,
                    COMPLAINT,
                    REPEAT_CONTACT,
                    Level.MANAGEMENT,
                    CREDITED,
                    "Management reviewed the history, a senior technician assigned and three months' fee credited.",
                    "Geschäftsleitung hat den Verlauf geprüft, einen erfahrenen Techniker beauftragt und drei Monatsgebühren gutgeschrieben.",
                    List.of(
                            "{Fifth|Sixth} call about the same fault, {threatens|announces} a complaint to the {regulator|press}",
                            "Fault reported {several|many} times since {month}, nothing happens, writes to the CEO",
                            "Complaint letter to {management|the board}: {months|weeks} of the same problem and no solution"),
                    List.of(
                            "{Fünfter|Sechster} Anruf wegen derselben Störung, droht mit Beschwerde bei der {Bundesnetzagentur|Presse}",
                            "Störung seit {month} {mehrfach|oft} gemeldet, nichts passiert, schreibt an den Vorstand",
                            "Beschwerdebrief an die {Geschäftsleitung|Geschäftsführung}: {monatelang|wochenlang} dasselbe Problem ohne Lösung")),
            ResolutionFamily.of(
                    "cancellation not confirmed",
                    12,
                    GENERAL,
                    RESOLUTION_DELAYED,
                    Level.TIER2,
                    FIXED,
                    "Cancellation letter found unprocessed; cancellation booked to the requested date and confirmation sent.",
                    "Kündigungsschreiben lag unbearbeitet vor; Kündigung zum Wunschtermin gebucht und Bestätigung gesendet.",
                    List.of(
                            "Sent the cancellation in {month} but never got a confirmation",
                            "{Cancellation|Notice} letter {ignored|not processed}, contract still running",
                            "Asks for written confirmation of the {cancellation|termination} date"),
                    List.of(
                            "Kündigung im {month} geschickt, aber nie eine Bestätigung erhalten",
                            "Kündigungsschreiben {ignoriert|nicht bearbeitet}, Vertrag läuft weiter",
                            "Bittet um schriftliche Bestätigung des {Kündigungstermins|Vertragsendes}")),
            ResolutionFamily.of(
                    "tariff change",
                    18,
                    GENERAL,
                    CUSTOMER_MESSAGE,
                    Level.TIER1,
                    ANSWERED,
                    "Explained the available tariffs; the upgrade booked from the next billing month.",
                    "Verfügbare Tarife erklärt; Wechsel ab dem nächsten Abrechnungsmonat gebucht.",
                    List.of(
                            "Wants to {upgrade|switch} to a tariff with more {data|speed}",
                            "Asks for a {cheaper|smaller} tariff, {uses|needs} less data than booked",
                            "Interested in {unlimited data|fibre|a family plan}, what does a {switch|change} cost"),
                    List.of(
                            "Möchte in einen Tarif mit mehr {Datenvolumen|Geschwindigkeit} wechseln",
                            "Fragt nach einem {günstigeren|kleineren} Tarif, braucht weniger Daten als gebucht",
                            "Interessiert an {unbegrenztem Datenvolumen|Glasfaser|einem Familientarif}, was kostet der Wechsel")),
            ResolutionFamily.of(
                    "device repair status",
                    10,
                    GENERAL,
                    RESOLUTION_DELAYED,
                    Level.TIER2,
                    ANSWERED,
                    "Checked with the repair centre: spare part arrived, phone back with the customer within five days; loan phone offered.",
                    "Beim Reparaturzentrum nachgefragt: Ersatzteil da, Handy in fünf Tagen zurück; Leihgerät angeboten.",
                    List.of(
                            "Phone {sent in for repair|in repair} {three|four} weeks ago, no news",
                            "{Insurance|Warranty} claim for the broken {screen|phone} {since {month}|still open}, no loan phone",
                            "Asks about the repair status of the {phone|tablet}, order {number}"),
                    List.of(
                            "Handy vor {drei|vier} Wochen zur Reparatur eingeschickt, keine Nachricht",
                            "{Versicherungsfall|Garantiefall} für {das kaputte Display|das defekte Handy} {seit {month}|noch offen}, kein Leihgerät",
                            "Fragt nach dem Reparaturstatus {des Handys|des Tablets}, Auftrag {number}")),
            ResolutionFamily.of(
                    "unwanted sales calls",
                    7,
                    COMPLAINT,
                    CUSTOMER_DISSATISFIED,
                    Level.TIER1,
                    FIXED,
                    "Advertising consent withdrawn in the customer record; no more sales calls or offers.",
                    "Werbeeinwilligung im Kundendatensatz widerrufen; keine Werbeanrufe oder Angebote mehr.",
                    List.of(
                            "Gets {sales|advertising} calls {every week|daily} with offers, wants them to stop",
                            "{Too many|Annoying} marketing {emails|SMS|calls}, {unsubscribe|opt out} does not work",
                            "Withdraws consent to advertising, {called|contacted} again on {weekday}"),
                    List.of(
                            "Bekommt {jede Woche|täglich} {Werbeanrufe|Verkaufsanrufe} mit Angeboten, will das nicht mehr",
                            "{Zu viele|Lästige} Werbe{-E-Mails|-SMS|anrufe}, Abmelden funktioniert nicht",
                            "Widerruft die Einwilligung in Werbung, am {weekday} wieder angerufen")),
            ResolutionFamily.of(
                    "contract pause abroad",
                    5,
                    GENERAL,
                    COMPLEX_ISSUE,
                    Level.SUPERVISOR,
                    WORKAROUND,
                    "Contract paused for the stay abroad at a reduced fee; resumes automatically on return.",
                    "Vertrag für den Auslandsaufenthalt zu reduzierter Gebühr pausiert; läuft nach Rückkehr automatisch weiter.",
                    List.of(
                            "Moving abroad for {six months|a year} {for work|to study}, wants to pause the contract",
                            "{Semester|Year} abroad, asks whether the {contract|line} can be {suspended|put on hold}",
                            "Going to {Australia|Canada|the US} until {month}, cannot use the internet line meanwhile"),
                    List.of(
                            "Zieht für {sechs Monate|ein Jahr} {beruflich|zum Studium} ins Ausland, will den Vertrag pausieren",
                            "{Auslandssemester|Auslandsjahr}, fragt, ob der {Vertrag|Anschluss} {ruhen|ausgesetzt werden} kann",
                            "Bis {month} in {Australien|Kanada|den USA}, kann den Internetanschluss so lange nicht nutzen")),
            ResolutionFamily.of(
                    "withdrawal online order",
                    10,
                    GENERAL,
                    CUSTOMER_MESSAGE,
                    Level.TIER1,
                    ANSWERED,
                    "Withdrawal within the 14 days confirmed; return label sent and the order cancelled.",
                    "Widerruf innerhalb der 14 Tage bestätigt; Retourenschein gesendet und Bestellung storniert.",
                    List.of(
                            "Wants to withdraw from the online order within 14 days, {changed their mind|found it cheaper}",
                            "Ordered {a phone|a contract|a tablet} online on {weekday}, {revokes|withdraws} the order",
                            "Asks how to return the {phone|router} bought online last week and {cancel|withdraw}"),
                    List.of(
                            "Möchte die Online-Bestellung innerhalb von 14 Tagen widerrufen, {anders überlegt|woanders günstiger}",
                            "Am {weekday} {ein Handy|einen Vertrag|ein Tablet} online bestellt, widerruft die Bestellung",
                            "Fragt, wie {das online gekaufte Handy|der online gekaufte Router} zurückgeschickt und widerrufen wird")),
            ResolutionFamily.of(
                    "contract end date",
                    9,
                    GENERAL,
                    CUSTOMER_MESSAGE,
                    Level.TIER1,
                    ANSWERED,
                    "Told the customer the minimum term ends in {month} and the notice period is one month.",
                    "Mitgeteilt, dass die Mindestlaufzeit im {month} endet und die Kündigungsfrist einen Monat beträgt.",
                    List.of(
                            "Asks when the {minimum term|contract} ends and {how long the notice period is|when to give notice}",
                            "Wants to know the {earliest|next possible} {cancellation|termination} date",
                            "Is the contract {still bound|locked in} until {month}?"),
                    List.of(
                            "Fragt, wann die {Mindestlaufzeit|Vertragslaufzeit} endet und {wie lang die Kündigungsfrist ist|wann gekündigt werden kann}",
                            "Möchte den {frühesten|nächstmöglichen} Kündigungstermin wissen",
                            "Läuft der Vertrag noch bis {month}?")));
}
