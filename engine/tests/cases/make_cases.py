#!/usr/bin/env python3
# The "spreadsheet" behind the worked cases: expected figures computed outside the engine,
# with rates typed from shared/legal/FACTS.md §4b and §5. Regenerate: python3 make_cases.py
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
from datetime import date, timedelta
import json, os
getcontext().prec = 40
# FACTS §4b default rate (ECB+10), by (year, half); 2026 H2 and 2027 H1 from "Corrections, November 2026" C1
# (MRO 2.40 % from 17 June 2026; 2.65 % from 16 September 2026, the rate carried into 2027 H1, unverified).
B2B = {(2015,1):'10.05',(2015,2):'10.05',(2016,1):'10.05',(2016,2):'10.00',(2017,1):'10.00',(2017,2):'10.00',
 (2018,1):'10.00',(2018,2):'10.00',(2019,1):'10.00',(2019,2):'10.00',(2020,1):'10.00',(2020,2):'10.00',(2021,1):'10.00',
 (2021,2):'10.00',(2022,1):'10.00',(2022,2):'10.00',(2023,1):'12.50',(2023,2):'14.00',(2024,1):'14.50',(2024,2):'14.25',
 (2025,1):'13.15',(2025,2):'12.15',(2026,1):'12.15',(2026,2):'12.40',(2027,1):'12.65'}
# Legal rate B: 2026 H2 from "Corrections, December 2026" D1 (arrêté du 26 juin 2026, three secondary sources).
LEGAL_B = {(2025,2):'2.76',(2026,1):'2.62',(2026,2):'2.75'}
def half(d): return (d.year, 1 if d.month<=6 else 2)
def half_end(d): return date(d.year,6,30) if d.month<=6 else date(d.year,12,31)
def segs(first, last, base, payments, rate_of):
    out=[]; cur=first; pays=sorted(payments)
    base=D(base)-sum(D(a) for (pd,a) in pays if pd<first)
    ups=[(pd,D(a)) for (pd,a) in pays if pd>=first]
    while cur<=last and base>0:
        end=min(half_end(cur), last)
        if ups: end=min(end, ups[0][0])
        days=(end-cur).days+1; r=D(rate_of(cur))
        amt=base*r*days/D(36500)
        out.append(dict(frm=cur,to=end,days=days,base=base,rate=r,amount=amt))
        while ups and ups[0][0]==end: base-=ups.pop(0)[1]
        cur=end+timedelta(days=1)
    return out
def r2(x): return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)
def seg_json(s): return {"from":str(s['frm']),"to":str(s['to']),"days":s['days'],"base":str(s['base']),"rate":str(s['rate']),"amount":str(s['amount'].quantize(D('0.000001')))}
def working(ss): return [f"{s['base']} × {s['rate']} % × {s['days']} / 365 = {s['amount'].quantize(D('0.000001'))} ({s['frm']} → {s['to']})" for s in ss]
OUT=os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)
B2B_KIND={"type":"Business","commercial":True,"artisan":False}
def inv(number, issue, amount, term, delivery=None, payments=(), contract_rate=None):
    d={"number":number,"issue_date":str(issue),"term":term,"amount":str(amount),
       "payments":[{"date":str(p),"amount":str(a)} for p,a in payments]}
    if delivery: d["delivery_date"]=str(delivery)
    if contract_rate: d["contract_rate"]=str(contract_rate)
    return d
def due(dt): return {"type":"DueDate","date":str(dt)}
def dossier(invoices, kind=B2B_KIND, **kw):
    d={"debtor":{"kind":kind},"invoices":invoices,"relationship_worth_keeping":True}
    d.update(kw); return d
def write(name, title, today, doss, expected, work=()):
    case={"title":title,"date":str(today),"working":list(work),"dossier":doss,"expected":expected}
    with open(f"{OUT}/{name}.json","w") as f: json.dump(case,f,ensure_ascii=False,indent=2); f.write("\n")
def b2b_rate(d): return B2B[half(d)]
def inv_expect(ss, due_date, days_late, indemnity="40", **kw):
    pen=r2(sum((s['amount'] for s in ss), D(0)))
    e={"due_date":str(due_date),"days_late":days_late,"penalties":str(pen),"indemnity":indemnity,"segments":[seg_json(s) for s in ss]}
    e.update(kw); return e, pen

# 1. half-year split
t=date(2025,7,10); ss=segs(date(2025,6,16),t,1000,[],b2b_rate)
e,pen=inv_expect(ss,date(2025,6,15),25)
write("01_half_year_split","Entre entreprises, contrat muet : le retard enjambe le 30 juin, deux taux (13,15 % puis 12,15 %)",t,
  dossier([inv("F-2025-001",date(2025,5,1),"1000",due(date(2025,6,15)),delivery=date(2025,5,1))]),
  {"invoices":[e],"totals":{"principal":"1000","penalties":str(pen),"indemnities":"40","total":str(D(1000)+pen+40)},"next":"RelanceAmiable"},working(ss))

# 2. every rate change 2015-2026 on one long delay (time-barred, figures still computed)
t=date(2026,11,22); ss=segs(date(2015,1,1),t,10000,[],b2b_rate)
e,pen=inv_expect(ss,date(2014,12,31),(t-date(2014,12,31)).days,prescription_status="TimeBarred",prescription_ends="2019-12-01")
write("02_every_rate_2015_2026","Un retard de 2015 à 2026 : chaque semestre à son taux BCE + 10 (table FACTS §4b), 2026 S2 à 12,40 % (Corrections C1)",t,
  dossier([inv("F-2014-12",date(2014,12,1),"10000",due(date(2014,12,31)),delivery=date(2014,12,1))]),
  {"invoices":[e],"next":"ConsulterAvocat","warnings":["TimeBarred"],"no_warnings":["UnverifiedRate"],
   "ruled_out":["InjonctionDePayer","RefereProvision","AssignationAuFond","PetitesCreances"]},working(ss))

# 3. leap year: H1 2024 has 182 days, still counted on 365
t=date(2024,6,30); ss=segs(date(2024,1,1),t,1000,[],b2b_rate)
e,pen=inv_expect(ss,date(2023,12,31),182)
write("03_leap_year","Année bissextile : 182 jours au 1er semestre 2024, base 365 (pratique des sources, FACTS §2)",t,
  dossier([inv("F-2023-12",date(2023,12,1),"1000",due(date(2023,12,31)),delivery=date(2023,12,1))]),
  {"invoices":[e]},working(ss))

# 4. partial payments
t=date(2025,10,31); pays=[(date(2025,4,30),"2000"),(date(2025,8,15),"1000")]
ss=segs(date(2025,4,1),t,5000,pays,b2b_rate)
e,pen=inv_expect(ss,date(2025,3,31),(t-date(2025,3,31)).days)
write("04_partial_payments","Deux paiements partiels : la base baisse le lendemain de chaque paiement",t,
  dossier([inv("F-2025-030",date(2025,3,1),"5000",due(date(2025,3,31)),delivery=date(2025,3,1),payments=pays)]),
  {"invoices":[e],"totals":{"principal":"5000","payments":"3000","penalties":str(pen),"total":str(D(5000)+pen+40-3000)}},working(ss))

# 5. 2024 floor above default
t=date(2024,12,31); ss=segs(date(2024,1,1),t,1000,[],b2b_rate)
e1,p1=inv_expect(ss,date(2023,12,31),366)
ss2=segs(date(2024,1,1),t,1000,[],lambda d:"15")
e2,p2=inv_expect(ss2,date(2023,12,31),366)
write("05_floor_above_default_2024","2024 : le plancher (3 × taux légal) dépasse BCE + 10 ; contrat muet = BCE + 10, contrat à 15 % = alerte au 1er semestre",t,
  dossier([inv("MUET",date(2023,12,1),"1000",due(date(2023,12,31)),delivery=date(2023,12,1)),
           inv("CGV-15",date(2023,12,1),"1000",due(date(2023,12,31)),delivery=date(2023,12,1),contract_rate="15")]),
  {"invoices":[e1,e2],"warnings":["ContractRateBelowFloor"],"warning_text":["15,21","1er semestre 2024"],"no_warning_text":["14,76"]},working(ss)+working(ss2))

# 5b. a contract rate in 2026 H2: its floor rests on the unverified legal rate, shown and overridable
t=date(2026,11,22); ss=segs(date(2026,7,2),t,1000,[],lambda d:"5")
e,pen=inv_expect(ss,date(2026,7,1),(t-date(2026,7,1)).days)
cgv=lambda: dossier([inv("CGV-5",date(2026,6,1),"1000",{"type":"Days","days":30},delivery=date(2026,6,1),contract_rate="5")])
write("05b_contract_floor_unverified_2026","Contrat à 5 % au 2d semestre 2026 : le plancher repose sur le taux légal à confirmer (3 × 2,75 % = 8,25 %, D1), signalé",t,
  cgv(),{"invoices":[e],"warnings":["ContractRateBelowFloor","UnverifiedRate"],"warning_text":["8,25"],"no_warning_text":["7,86"]},working(ss))
write("05c_contract_floor_overridden","Le visiteur saisit le taux légal du 2d semestre 2026 (1,50 %) : plancher 4,50 %, le contrat à 5 % est conforme",t,
  {**cgv(),"rate_overrides":[{"half_year":{"year":2026,"second":True},"rate":"LegalProfessional","value":"1.50"}]},
  {"invoices":[e],"no_warnings":["ContractRateBelowFloor","UnverifiedRate"]},working(ss))

# 6. consumer
t=date(2026,1,15); ss=segs(date(2025,11,6),t,800,[],lambda d:LEGAL_B[half(d)])
e,pen=inv_expect(ss,date(2025,9,30),(t-date(2025,9,30)).days,indemnity="0",prescription_ends="2027-09-01",prescription_status="Running")
write("06_consumer","Particulier : pas de pénalités L441-10 ni de 40 € ; intérêt légal (taux B) à compter de la réception de la mise en demeure",t,
  dossier([inv("P-12",date(2025,9,1),"800",due(date(2025,9,30)),delivery=date(2025,9,1))],kind={"type":"Consumer"},
          reminders=["2025-10-10"],mise_en_demeure={"sent":"2025-11-03","received":"2025-11-05","deadline_days":8}),
  {"invoices":[e],"totals":{"indemnities":"0","total":str(D(800)+pen)},"next":"InjonctionDePayer","next_text":["tribunal judiciaire"],
   "alternatives":["PetitesCreances","RefereProvision"]},working(ss))

# 7. public buyer
t=date(2023,9,30); ss=segs(date(2023,6,2),t,10000,[],lambda d:"10.50")
e,pen=inv_expect(ss,date(2023,6,1),121,prescription_ends="2027-12-31")
write("07_public_buyer","Acheteur public : BCE au 1er janv. 2023 (2,50 %) + 8 = 10,50 %, fixe même après le 30 juin (R2192-31)",t,
  dossier([inv("M-2023-5",date(2023,5,2),"10000",due(date(2023,6,1)),delivery=date(2023,4,28))],kind={"type":"PublicBuyer","buyer":"StateOrLocal"}),
  {"invoices":[e],"next":"RelanceAmiable","ruled_out":["InjonctionDePayer"],"next_text":["R2192-36"],"next_avoid_text":["L441-10"]},working(ss))

# 8. insolvency (redressement), interest stops the day before the opening judgment
t=date(2026,10,15); ss=segs(date(2026,7,1),date(2026,9,9),3000,[],b2b_rate)
e,pen=inv_expect(ss,date(2026,6,30),(t-date(2026,6,30)).days)
write("08_insolvency","Redressement judiciaire : intérêts arrêtés au jugement d'ouverture, déclaration de créance dans les 2 mois du BODACC",t,
  dossier([inv("F-2026-06",date(2026,6,1),"3000",due(date(2026,6,30)),delivery=date(2026,6,1))],
          collective_proceedings={"kind":"RedressementJudiciaire","judgment_date":"2026-09-10","bodacc_publication":"2026-09-20"}),
  {"invoices":[e],"next":"DeclarationDeCreance","next_deadline":"2026-11-20","next_text":["n'êtes pas établi en France métropolitaine"],
   "ruled_out":["InjonctionDePayer","RefereProvision","AssignationAuFond","PetitesCreances"],"warnings":["InsolvencyDeadline"],"no_warnings":["UnverifiedRate"]},working(ss))

# 8b. override the unverified 2027 H1 ECB rate (the table stops at the 10 Sept 2026 decision)
t2=date(2027,2,15); ss=segs(date(2026,12,1),t2,3000,[],lambda d:"12.40" if d.year==2026 else "12.90")
e,pen=inv_expect(ss,date(2026,11,30),(t2-date(2026,11,30)).days)
write("08b_override_unverified_rate","Le visiteur corrige le taux BCE non vérifié du 1er semestre 2027 (2,90 %) : 12,40 % puis 12,90 % appliqués",t2,
  dossier([inv("F-2026-11",date(2026,10,31),"3000",due(date(2026,11,30)),delivery=date(2026,10,31))],
          rate_overrides=[{"half_year":{"year":2027,"second":False},"rate":"EcbMro","value":"2.90"}]),
  {"invoices":[e],"no_warnings":["UnverifiedRate"]},working(ss))

# 8c. liquidation opened before the due date: no 40 EUR, and past the declaration deadline
t=date(2026,6,1)
write("08c_liquidation_before_due_date","Liquidation ouverte avant l'échéance : pas d'indemnité de 40 €, pas d'intérêts ; délai de déclaration passé, relevé de forclusion",t,
  dossier([inv("F-9",date(2026,1,5),"2500",due(date(2026,2,28)),delivery=date(2026,1,5))],
          collective_proceedings={"kind":"LiquidationJudiciaire","judgment_date":"2026-02-10","bodacc_publication":"2026-02-20"}),
  {"invoices":[{"indemnity":"0","penalties":"0"}],"next":"ReleveDeForclusion","next_deadline":"2026-08-20"})

# 8d. a service supplied after the opening judgment: not stopped by it (L622-17, L622-24 al. 6)
t=date(2026,10,15); ss=segs(date(2026,6,5),t,2000,[],b2b_rate)
e,pen=inv_expect(ss,date(2026,6,4),(t-date(2026,6,4)).days)
write("08d_service_after_opening","Prestation fournie après le jugement d'ouverture : pénalités et 40 € courent, pas de délai BODACC, conseil d'un avocat (L622-17)",t,
  dossier([inv("APRES",date(2026,5,5),"2000",{"type":"Days","days":30},delivery=date(2026,5,4))],
          collective_proceedings={"kind":"RedressementJudiciaire","judgment_date":"2026-03-10","bodacc_publication":"2026-03-20"}),
  {"invoices":[e],"next":"ConsulterAvocat","next_text":["L622-17","L622-24","administrateur judiciaire"],
   "warnings":["AfterOpening"],"no_warnings":["InsolvencyDeadline"],"warning_text":["postérieure au jugement d'ouverture"]},working(ss))

# 8e. one invoice before the opening, one after: the first is declared, interest stopped; the second runs
t=date(2026,4,15)
ss1=segs(date(2026,2,10),date(2026,3,9),1000,[],b2b_rate)
e1,p1=inv_expect(ss1,date(2026,2,9),(t-date(2026,2,9)).days)
ss2=segs(date(2026,4,12),t,500,[],b2b_rate)
e2,p2=inv_expect(ss2,date(2026,4,11),4)
write("08e_before_and_after_opening","Une facture avant le jugement d'ouverture (déclarée, intérêts arrêtés), une après (pénalités qui courent)",t,
  dossier([inv("AVANT",date(2026,1,10),"1000",{"type":"Days","days":30},delivery=date(2026,1,10)),
           inv("APRES",date(2026,3,12),"500",{"type":"Days","days":30},delivery=date(2026,3,12))],
          collective_proceedings={"kind":"RedressementJudiciaire","judgment_date":"2026-03-10","bodacc_publication":"2026-03-20"}),
  {"invoices":[e1,e2],"totals":{"penalties":str(p1+p2),"indemnities":"80"},"next":"DeclarationDeCreance","next_deadline":"2026-05-20",
   "warnings":["AfterOpening","InsolvencyDeadline"]},working(ss1)+working(ss2))

# 9. time-barred, with many semesters of penalties
t=date(2026,11,22); ss=segs(date(2020,4,1),t,2000,[],b2b_rate)
e,pen=inv_expect(ss,date(2020,3,31),(t-date(2020,3,31)).days,prescription_ends="2025-03-01",prescription_status="TimeBarred")
write("09_time_barred","Prestation achevée le 1er mars 2020, contrat muet : échéance à 30 jours, prescription acquise le 1er mars 2025",t,
  dossier([inv("F-2020-3",date(2020,3,1),"2000",{"type":"ContractSilent"},delivery=date(2020,3,1))],reminders=["2020-05-01"],
          mise_en_demeure={"sent":"2024-06-01","received":"2024-06-03","deadline_days":8}),
  {"invoices":[e],"next":"ConsulterAvocat","warnings":["TimeBarred"]},working(ss))

# 10. decision branches (figures not asserted here)
today=date(2026,3,2)
base=lambda amount="1500", pays=(): [inv("F-1",date(2025,12,1),amount,due(date(2025,12,31)),delivery=date(2025,12,1),payments=pays)]
med_old={"sent":"2026-02-02","received":"2026-02-04","deadline_days":8}
write("10a_nothing_sent_keep","Rien d'envoyé, relation à préserver : relance amiable",today,dossier(base()),{"next":"RelanceAmiable","then":["MiseEnDemeure","InjonctionDePayer","ExecutionForcee"]})
write("10b_nothing_sent_dont_keep","Rien d'envoyé, relation sans intérêt : mise en demeure tout de suite",today,
  {**dossier(base()),"relationship_worth_keeping":False},{"next":"MiseEnDemeure","next_text":["passer directement"],"next_avoid_text":["restées sans effet"]})
write("10c_reminders_no_med","Deux relances sans effet : mise en demeure",today,dossier(base(),reminders=["2026-01-10","2026-01-25"]),{"next":"MiseEnDemeure","next_text":["restées sans effet"],"next_avoid_text":["passer directement"]})
write("10d_med_deadline_running","Mise en demeure reçue il y a 3 jours, délai de 8 jours : attendre",today,
  dossier(base(),reminders=["2026-01-10"],mise_en_demeure={"sent":"2026-02-25","received":"2026-02-27","deadline_days":8}),
  {"next":"AttendreDelaiMiseEnDemeure","next_deadline":"2026-03-07","then":["InjonctionDePayer","ExecutionForcee"]})
write("10e_med_unanswered_silent","Mise en demeure sans réponse, débiteur silencieux, 1 500 € : injonction de payer au tribunal de commerce",today,
  dossier(base(),reminders=["2026-01-10"],mise_en_demeure=med_old),
  {"next":"InjonctionDePayer","next_text":["tribunal de commerce","25-70.013"],"alternatives":["PetitesCreances","RefereProvision","MediateurDesEntreprises"]})
write("10f_med_unanswered_promised","Mise en demeure sans effet, débiteur qui promet, 1 500 € : petites créances (accord du débiteur)",today,
  dossier(base(),reminders=["2026-01-10"],mise_en_demeure=med_old,position={"type":"Promised"}),
  {"next":"PetitesCreances","then":["InjonctionDePayer","ExecutionForcee"]})
write("10g_above_small_claims","12 000 € : petites créances écartées (plafond 5 000 €), avocat obligatoire en référé",today,
  dossier(base("12000"),reminders=["2026-01-10"],mise_en_demeure=med_old),
  {"next":"InjonctionDePayer","ruled_out":["PetitesCreances"],"alternatives_text":["Avocat obligatoire"]})
write("10h_disputes_all","Le débiteur conteste tout : médiation, puis assignation au fond",today,
  dossier(base(),reminders=["2026-01-10"],mise_en_demeure=med_old,position={"type":"DisputesAll"}),
  {"next":"MediateurDesEntreprises","then":["AssignationAuFond","ExecutionForcee"],"ruled_out":["InjonctionDePayer","RefereProvision","PetitesCreances"],
   "totals":{"undisputed":"0"}})
write("10i_disputes_part","Contestation partielle (500 €) : la partie non contestée suit l'injonction de payer, médiation pour le reste",today,
  dossier(base(),reminders=["2026-01-10"],mise_en_demeure=med_old,position={"type":"DisputesPart","amount":"500"}),
  {"next":"InjonctionDePayer","alternatives":["MediateurDesEntreprises"]})
write("10j_abroad_eu","Débiteur dans l'UE, mise en demeure sans réponse : injonction de payer européenne",today,
  dossier(base(),kind={"type":"Abroad","in_eu":True},reminders=["2026-01-10"],mise_en_demeure=med_old),
  {"next":"InjonctionDePayerEuropeenne","then":["PetitsLitigesEuropeens","ExecutionForcee"],"ruled_out":["InjonctionDePayer"]})
write("10k_abroad_outside_eu","Débiteur hors UE, mise en demeure sans réponse : consulter un avocat",today,
  dossier(base(),kind={"type":"Abroad","in_eu":False},reminders=["2026-01-10"],mise_en_demeure=med_old),
  {"next":"ConsulterAvocat","ruled_out":["InjonctionDePayer"]})
write("10n_abroad_germany","Débiteur en Allemagne : injonction de payer européenne, demandée à l'Amtsgericht Wedding, seul compétent pour l'Allemagne",today,
  dossier(base(),kind={"type":"Abroad","in_eu":True,"country":"DE"},reminders=["2026-01-10"],mise_en_demeure=med_old),
  {"next":"InjonctionDePayerEuropeenne","then":["PetitsLitigesEuropeens","ExecutionForcee"],"ruled_out":["InjonctionDePayer"],
   "next_text":["établi en Allemagne","Amtsgericht Wedding"]})
write("10o_abroad_denmark","Débiteur au Danemark : ni injonction de payer européenne ni petits litiges européens (art. 2, 3 des deux règlements), un avocat",today,
  dossier(base(),kind={"type":"Abroad","in_eu":True,"country":"DK"},reminders=["2026-01-10"],mise_en_demeure=med_old),
  {"next":"ConsulterAvocat","ruled_out":["InjonctionDePayer","InjonctionDePayerEuropeenne","PetitsLitigesEuropeens"],
   "next_text":["établi au Danemark"]})
write("10l_civil_debtor","Débiteur profession libérale (civil) : injonction de payer au tribunal judiciaire",today,
  dossier(base(),kind={"type":"Business","commercial":False,"artisan":False},reminders=["2026-01-10"],mise_en_demeure=med_old),
  {"next":"InjonctionDePayer","next_text":["tribunal judiciaire"]})
write("10m_artisan","Débiteur artisan : tribunal de commerce depuis le 1er janvier 2022 (L721-3)",today,
  dossier(base(),kind={"type":"Business","commercial":False,"artisan":True},reminders=["2026-01-10"],mise_en_demeure=med_old),
  {"next":"InjonctionDePayer","next_text":["tribunal de commerce"]})
# paid late in full: only penalties and the indemnity remain
ss=segs(date(2026,1,1),date(2026,1,20),1500,[(date(2026,1,20),"1500")],b2b_rate)
e,pen=inv_expect(ss,date(2025,12,31),20)
write("10n_paid_late","Payée avec 20 jours de retard : restent les pénalités et l'indemnité de 40 €",today,
  dossier(base(pays=[(date(2026,1,20),"1500")])),
  {"invoices":[e],"totals":{"outstanding_principal":"0","total":str(pen+40)},"next":"RelanceAmiable"},working(ss))
write("10o_paid_on_time","Payée à l'échéance : rien à réclamer",today,
  dossier(base(pays=[(date(2025,12,31),"1500")])),
  {"invoices":[{"penalties":"0","indemnity":"0","days_late":0}],"totals":{"total":"0"},"next":"RienAReclamer"})
write("10p_public_buyer_after_med","Acheteur public, mise en demeure sans réponse : médiateur des entreprises puis tribunal administratif",today,
  dossier(base(),kind={"type":"PublicBuyer","buyer":"Hospital"},reminders=["2026-01-10"],mise_en_demeure=med_old),
  {"next":"MediateurDesEntreprises","then":["RefereProvisionAdministratif"],"ruled_out":["InjonctionDePayer","PetitesCreances"]})
write("10q_consumer_disputes","Particulier qui conteste : conciliateur de justice (obligatoire avant le tribunal judiciaire ≤ 5 000 €)",today,
  dossier(base(),kind={"type":"Consumer"},reminders=["2026-01-10"],mise_en_demeure=med_old,position={"type":"DisputesAll"}),
  {"next":"ConciliateurDeJustice","next_text":["750-1"],"then":["AssignationAuFond","ExecutionForcee"]})
write("10r_consumer_nothing_sent","Particulier, rien d'envoyé : relance amiable, qui ne fait courir aucun intérêt (pas de pénalités L441-10)",today,
  dossier(base(),kind={"type":"Consumer"}),
  {"next":"RelanceAmiable","next_text":["aucun intérêt ne court avant une mise en demeure"],"next_avoid_text":["pénalités de retard courent","L441-10"],
   "then":["MiseEnDemeure","InjonctionDePayer","ExecutionForcee"],"warnings":["NoInterestYet"]})

# 12. Corrections, November 2026 (FACTS.md C1-C6, P3, P5, P8)
# C1: the done-when case of issue 10: due 31 May 2026, assessed 22 Nov 2026: 12.15 % then 12.40 %.
t=date(2026,11,22); ss=segs(date(2026,6,1),t,2400,[],b2b_rate)
e,pen=inv_expect(ss,date(2026,5,31),(t-date(2026,5,31)).days)
write("12a_c1_rate_2026_h2","C1 : échéance au 31 mai 2026, calcul au 22 nov. 2026 : 12,15 % puis 12,40 % (BCE 2,40 % depuis le 17 juin 2026)",t,
  dossier([inv("F-2026-05",date(2026,5,1),"2400",due(date(2026,5,31)),delivery=date(2026,5,1))]),
  {"invoices":[e],"no_warnings":["UnverifiedRate"]},working(ss))
# C1: late across 31 Dec 2026: 12.40 % then 12.65 % (10 Sept 2026 rise carried into 2027 H1, flagged)
t=date(2027,1,20); ss=segs(date(2026,12,1),t,5000,[],b2b_rate)
e,pen=inv_expect(ss,date(2026,11,30),(t-date(2026,11,30)).days)
write("12b_c1_across_new_year_2027","C1 : retard à cheval sur le 31 déc. 2026 : 12,40 % puis 12,65 % au 1er semestre 2027, signalé non vérifié",t,
  dossier([inv("F-2026-10",date(2026,10,31),"5000",due(date(2026,11,30)),delivery=date(2026,10,31))]),
  {"invoices":[e],"warnings":["UnverifiedRate"],"warning_text":["1er semestre 2027"]},working(ss))
# C1: a public buyer whose interest started in 2026 H2: 2.40 + 8 = 10.40 %, fixed
t=date(2027,1,20); ss=segs(date(2026,9,2),t,8000,[],lambda d:"10.40")
e,pen=inv_expect(ss,date(2026,9,1),(t-date(2026,9,1)).days)
write("12c_c1_public_buyer_2026_h2","C1 : acheteur public, intérêts partis au 2d semestre 2026 : BCE 2,40 % + 8 = 10,40 %, fixe en 2027",t,
  dossier([inv("M-2026-8",date(2026,8,2),"8000",due(date(2026,9,1)),delivery=date(2026,7,30))],kind={"type":"PublicBuyer","buyer":"StateOrLocal"}),
  {"invoices":[e]},working(ss))
# C2: relevé de forclusion: 6 months from the BODACC, no one-year period any more
write("12d_c2_no_one_year_releve","C2 : délais de déclaration et de relevé passés : pas de délai d'un an, 6 mois du jour où le créancier ne pouvait plus ignorer sa créance (L622-26 al. 3)",
  date(2026,11,22),
  dossier([inv("F-7",date(2025,9,1),"2500",due(date(2025,10,1)),delivery=date(2025,9,1))],
          collective_proceedings={"kind":"RedressementJudiciaire","judgment_date":"2026-01-05","bodacc_publication":"2026-01-15"}),
  {"next":"ConsulterAvocat","next_text":["L622-26 al. 3","ne pouvait plus"],"next_avoid_text":["un an"]})
# C3: the small-claims title keeps the claim's own period; judgments and orders 10 years
write("12e_c3_small_claims_title","C3 : le titre des petites créances (L111-3 5°) garde la prescription de la créance ; 10 ans pour un jugement ou une ordonnance",
  date(2026,3,2),dossier([inv("F-1",date(2025,12,1),"1500",due(date(2025,12,31)),delivery=date(2025,12,1))],reminders=["2026-01-10"],
          mise_en_demeure={"sent":"2026-02-02","received":"2026-02-04","deadline_days":8},position={"type":"Promised"}),
  {"next":"PetitesCreances","then":["InjonctionDePayer","ExecutionForcee"],"then_text":["L111-3 5°","garde le délai de prescription de la créance"]})
# C4: public buyer, contract silent: 30 / 50 / 60 days from receipt of the payment request
t=date(2026,6,30)
silent={"type":"ContractSilent"}
def pub(buyer, received=None):
    i=inv("M-1",date(2026,3,2),"1000",silent,delivery=date(2026,2,27))
    if received: i["request_received"]=str(received)
    return dossier([i],kind={"type":"PublicBuyer","buyer":buyer})
write("12f_c4_public_buyer_silent_state","C4 : État ou collectivité, contrat muet : 30 jours à compter de la réception de la demande de paiement (R2192-10, R2192-12)",t,
  pub("StateOrLocal",date(2026,3,5)),{"invoices":[{"due_date":"2026-04-04"}],"no_warnings":["TermAboveLegalMaximum"]})
write("12g_c4_public_buyer_silent_hospital","C4 : établissement public de santé, contrat muet : 50 jours (R2192-11 1°)",t,
  pub("Hospital",date(2026,3,5)),{"invoices":[{"due_date":"2026-04-24"}]})
write("12h_c4_public_buyer_silent_undertaking","C4 : entreprise publique, contrat muet, date de réception inconnue : 60 jours de la date de facture (R2192-11 2°)",t,
  pub("PublicUndertaking"),{"invoices":[{"due_date":"2026-05-01"}]})
# C5: a public undertaking under private law: judicial courts, injonction de payer, ordinary limitation
t=date(2026,3,2); ss=segs(date(2026,1,1),t,1500,[],lambda d:"10.15")
e,pen=inv_expect(ss,date(2025,12,31),(t-date(2025,12,31)).days,prescription_ends="2030-12-01")
write("12i_c5_private_law_undertaking","C5 : entreprise publique de droit privé : injonction de payer au tribunal de commerce, prescription de 5 ans ; intérêts du Code de la commande publique",t,
  dossier([inv("F-1",date(2025,12,1),"1500",due(date(2025,12,31)),delivery=date(2025,12,1))],kind={"type":"PublicBuyer","buyer":"PublicUndertaking","private_law":True},
          reminders=["2026-01-10"],mise_en_demeure={"sent":"2026-02-02","received":"2026-02-04","deadline_days":8}),
  {"invoices":[e],"next":"InjonctionDePayer","next_text":["tribunal de commerce"]},working(ss))
write("12j_c5_public_law_undertaking","C5 : entreprise publique de droit public : juge administratif, pas d'injonction de payer, prescription quadriennale",date(2026,3,2),
  dossier([inv("F-1",date(2025,12,1),"1500",due(date(2025,12,31)),delivery=date(2025,12,1))],kind={"type":"PublicBuyer","buyer":"PublicUndertaking","private_law":False},
          reminders=["2026-01-10"],mise_en_demeure={"sent":"2026-02-02","received":"2026-02-04","deadline_days":8}),
  {"invoices":[{"prescription_ends":"2030-12-31"}],"next":"MediateurDesEntreprises","then":["RefereProvisionAdministratif"],"ruled_out":["InjonctionDePayer"]})
# C6: European small claims: the ceiling is the principal without interest; 4 900 EUR + a year of penalties still fits
t=date(2026,11,22)
write("12k_c6_european_small_claims_principal","C6 : débiteur dans l'UE, 4 900 € de principal et plus de 5 000 € avec les pénalités : les petits litiges européens restent ouverts",t,
  dossier([inv("EU-1",date(2025,9,1),"4900",due(date(2025,10,1)),delivery=date(2025,9,1))],kind={"type":"Abroad","in_eu":True},
          reminders=["2025-11-10"],mise_en_demeure={"sent":"2026-01-05","received":"2026-01-08","deadline_days":8}),
  {"next":"InjonctionDePayerEuropeenne","then":["PetitsLitigesEuropeens","ExecutionForcee"],"then_text":["hors intérêts et frais"]})
# P5: a consumer, contract silent: the price is due on delivery
write("12l_p5_consumer_silent_contract","P5 : particulier, contrat muet : le prix est dû à la livraison (pas 30 jours après)",date(2026,3,2),
  dossier([inv("P-1",date(2026,1,12),"600",silent,delivery=date(2026,1,10))],kind={"type":"Consumer"}),
  {"invoices":[{"due_date":"2026-01-10"}],"next":"RelanceAmiable"})
# P8: collective proceedings without the judgment's date: ask for it
write("12m_p8_judgment_date_required","P8 : procédure collective sans date de jugement d'ouverture : elle est demandée (les intérêts s'arrêtent au jugement, pas au BODACC)",date(2026,3,2),
  dossier([inv("F-1",date(2025,12,1),"1500",due(date(2025,12,31)),delivery=date(2025,12,1))],
          collective_proceedings={"kind":"Sauvegarde","bodacc_publication":"2026-02-10"}),
  {"errors":["collective_proceedings.judgment_date"]})

# 13. Issue 12: what terms of sale usually say, and « payable à réception »
t=date(2026,3,2); ss=segs(date(2025,11,1),t,3000,[],lambda d: str(D(LEGAL_B[half(d)])*3))
e,pen=inv_expect(ss,date(2025,10,31),(t-date(2025,10,31)).days)
i13=inv("CGV-3X",date(2025,10,1),"3000",due(date(2025,10,31)),delivery=date(2025,10,1)); i13["contract_rate_times_legal"]=True
write("13a_three_times_legal_rate","Conditions de vente « trois fois le taux d'intérêt légal » : 3 × 2,76 % = 8,28 % puis 3 × 2,62 % = 7,86 %",t,
  dossier([i13]),{"invoices":[e],"no_warnings":["ContractRateBelowFloor"]},working(ss))
t=date(2026,3,2); ss=segs(date(2026,1,16),t,900,[],b2b_rate)
e,pen=inv_expect(ss,date(2026,1,15),(t-date(2026,1,15)).days)
write("13b_on_receipt","« Payable à réception » : due à la date de facture",t,
  dossier([inv("R-1",date(2026,1,15),"900",{"type":"OnReceipt"},delivery=date(2026,1,15))]),{"invoices":[e]},working(ss))

# 14. The December 2026 audit (shared/legal/AUDIT-2026-12.md), computed here, not by the engine.
# E1 / D4: one invoice time-barred (5 years from its delivery, C. com. L110-4), one running: the
# injonction de payer claims the running one only, with its penalties and its 40 €.
t=date(2026,12,4); ssB=segs(date(2026,3,4),t,3000,[],b2b_rate)
eB,penB=inv_expect(ssB,date(2026,3,3),(t-date(2026,3,3)).days,prescription_ends="2031-02-01",prescription_status="Running")
ssA=segs(date(2021,4,1),t,5000,[],b2b_rate)
eA,penA=inv_expect(ssA,date(2021,3,31),(t-date(2021,3,31)).days,prescription_ends="2026-03-01",prescription_status="TimeBarred")
write("14a_e1_time_barred_left_out","E1 : une facture prescrite (livrée le 1er mars 2021) et une qui court : l'injonction de payer ne réclame que la seconde, avec ses pénalités et ses 40 €",t,
  dossier([inv("F-2021-A",date(2021,3,1),"5000",due(date(2021,3,31)),delivery=date(2021,3,1)),
           inv("F-2026-B",date(2026,2,1),"3000",due(date(2026,3,3)),delivery=date(2026,2,1))],
          mise_en_demeure={"sent":"2026-10-01","received":"2026-10-03","deadline_days":8}),
  {"invoices":[eA,eB],"totals":{"total":str(D(8000)+penA+penB+80)},
   "court_claim":{"principal":"3000","penalties":str(penB),"indemnities":"40","total":str(D(3000)+penB+40)},
   "next":"InjonctionDePayer","next_deadline":"2031-02-01","next_text":["F-2021-A est prescrite",str(D(3000)+penB+40).replace('.',',')[-6:]],
   "warnings":["TimeBarred"]},working(ssA)+working(ssB))
# E2 / D5: 900 € of a 3 600 € invoice disputed: the undisputed sum is 2 700 € with the penalties
# computed on 2 700 € alone, and the 40 €; the penalties on the 900 € go with the disputed part.
t=date(2026,12,4); ss_all=segs(date(2026,7,1),t,3600,[],b2b_rate); ss_und=segs(date(2026,7,1),t,2700,[],b2b_rate)
e,pen_all=inv_expect(ss_all,date(2026,6,30),(t-date(2026,6,30)).days)
pen_und=r2(sum((x['amount'] for x in ss_und), D(0)))
write("14b_e2_disputed_part_penalties","E2 : 900 € contestés sur 3 600 € : la partie non contestée est 2 700 € avec les pénalités calculées sur 2 700 € seulement, et les 40 €",t,
  dossier([inv("F-2026-C",date(2026,5,31),"3600",due(date(2026,6,30)),delivery=date(2026,5,31))],
          position={"type":"DisputesPart","amount":"900","invoice":0},
          mise_en_demeure={"sent":"2026-10-01","received":"2026-10-03","deadline_days":8}),
  {"invoices":[e],"totals":{"total":str(D(3600)+pen_all+40),"undisputed":str(D(2700)+pen_und+40),
                            "disputed":str(D(900)+pen_all-pen_und)},
   "next":"InjonctionDePayer","next_text":[(str(D(2700)+pen_und+40)).replace('.',',')[-6:]]},working(ss_all)+working(ss_und))

# E3 / D6: an entrepreneur individuel against a doctor in his own name (AUDIT d6b): a natural
# person on either side changes no figure; the requête names both as CPC 54 and 57 require
# (documents/tests/files.rs reads it back).
t=date(2026,12,4); ss=segs(date(2026,8,15),t,3600,[],b2b_rate)
e,pen=inv_expect(ss,date(2026,8,14),(t-date(2026,8,14)).days)
write("14c_e3_natural_persons","E3 : une graphiste en nom propre contre un médecin en nom propre : mêmes montants qu'entre sociétés, une requête qui nomme chacun comme une personne physique",t,
  dossier([inv("F-2026-120",date(2026,7,15),"3600",due(date(2026,8,14)),delivery=date(2026,7,10))],
          debtor={"kind":{"type":"Business","commercial":False,"artisan":False},
                  "identity":{"name":"Cabinet Dr Morel","address":"2 place Bellecour\n69002 Lyon",
                              "person":{"surname":"Morel","first_names":"Paul"}}},
          creditor={"name":"Studio Lumière","legal_form":"entrepreneur individuel","siren":"123 456 789",
                    "address":"3 rue des Écoles\n69001 Lyon",
                    "person":{"surname":"Dupont","first_names":"Claire Marie","profession":"graphiste",
                              "nationality":"française","birth_date":"1985-03-14","birth_place":"Lyon"}},
          reminders=["2026-09-01"],
          mise_en_demeure={"sent":"2026-10-01","received":"2026-10-05","deadline_days":8}),
  {"invoices":[e],"totals":{"total":str(D(3600)+pen+40)},"next":"InjonctionDePayer"},working(ss))

# I3: redressement judiciaire (AUDIT d4) and goods sold with a reservation of title: declare by
# BODACC + 2 months, claim the goods back by BODACC + 3 months (C. com. L624-9), interest stops
# the day before the opening judgment.
t=date(2026,12,4); ss=segs(date(2026,10,1),date(2026,11,2),4200,[],b2b_rate)
e,pen=inv_expect(ss,date(2026,9,30),(t-date(2026,9,30)).days)
write("14d_i3_reservation_of_title","I3 : redressement judiciaire, marchandises vendues avec clause de réserve de propriété : déclarer avant le 15 janvier 2027 et revendiquer avant le 15 février 2027",t,
  dossier([inv("F-2026-081",date(2026,8,31),"4200",due(date(2026,9,30)),delivery=date(2026,8,31))],
          collective_proceedings={"kind":"RedressementJudiciaire","judgment_date":"2026-11-03","bodacc_publication":"2026-11-15",
                                  "reservation_of_title":True}),
  {"invoices":[e],"next":"DeclarationDeCreance","next_deadline":"2027-02-15",
   "next_text":["revendiquez","15 février 2027","L624-9"]},working(ss))

# Issue 34 (VISITORS S1): one of two invoices disputed as a whole: the undisputed sum is the other
# invoice with its penalties and its 40 €; the disputed one goes with its own penalties and 40 €.
t=date(2026,12,4)
ssA=segs(date(2026,8,1),t,2400,[],b2b_rate); eA,penA=inv_expect(ssA,date(2026,7,31),(t-date(2026,7,31)).days)
ssB=segs(date(2026,9,1),t,980,[],b2b_rate); eB,penB=inv_expect(ssB,date(2026,8,31),(t-date(2026,8,31)).days)
invB=inv("EV-2026-130",date(2026,8,1),"980",due(date(2026,8,31)),delivery=date(2026,8,1)); invB["disputed_entirely"]=True
write("14e_whole_invoice_disputed","Une facture sur deux contestée en entier : la somme non contestée est l'autre facture, avec ses pénalités et ses 40 €",t,
  dossier([inv("EV-2026-117",date(2026,7,1),"2400",due(date(2026,7,31)),delivery=date(2026,7,1)),invB],
          position={"type":"DisputesInvoices"},dispute_reason="qualité des prestations",
          mise_en_demeure={"sent":"2026-10-01","received":"2026-10-03","deadline_days":8}),
  {"invoices":[eA,eB],"totals":{"total":str(D(3380)+penA+penB+80),"undisputed":str(D(2400)+penA+40),
                                "disputed":str(D(980)+penB+40)},
   "next":"InjonctionDePayer","next_text":[(str(D(2400)+penA+40)).replace('.',',')[-6:]]},working(ssA)+working(ssB))

# 11. bad input
write("11a_bad_amounts","Montant négatif, échéance avant la facture, paiements supérieurs au montant",today,
  dossier([inv("X",date(2026,1,10),"-5",due(date(2026,1,1))),
           inv("Y",date(2026,1,10),"100",due(date(2026,2,1)),payments=[(date(2026,2,2),"150")])]),
  {"errors":["invoices.0.amount","invoices.0.term.date","invoices.1.payments"]})
write("11c_implausible_years","Une année tapée « 26 » devenue 0026, une autre en 2031 : refusées (issue 12)",today,
  dossier([inv("Y",date(26,6,15),"900",due(date(2031,6,30)))]),
  {"errors":["invoices.0.issue_date","invoices.0.term.date"]})
write("11b_bad_dates","Mise en demeure reçue avant d'être envoyée, relance dans le futur, aucune facture",today,
  dossier([],reminders=["2027-01-01"],mise_en_demeure={"sent":"2026-02-10","received":"2026-02-01","deadline_days":8}),
  {"errors":["invoices","reminders.0","mise_en_demeure.received"]})
print("written", len(os.listdir(OUT)))
