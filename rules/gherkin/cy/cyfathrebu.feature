# language: cy-GB
@regime:act
Arwedd: Cyfathrebu electronig (Deddf Caffael 2023 adran 96(1))
  I'r graddau y mae'n ymarferol, rhaid i awdurdod contractio gyfathrebu â chyflenwyr yn
  electronig (adran 96(1)(a)), oni bai bod risg diogelwch penodol (adran 96(4)).

  Mae'r cofnod enghreifftiol "kinds/open-procedure.yaml" yn gontract gwasanaethau y Swyddfa
  Gartref a ddyfernir drwy'r weithdrefn agored.

  @rule:PA23-COMMS-90 @warning @PA2023-s96(1) @duty:PA-S96-1-A
  Rule: Ni chyflwynir tendrau'n electronig mewn gweithdrefn gystadleuol
    Mae'r cofnod yn dangos na chyflwynir tendrau'n electronig yn y weithdrefn {procedure.type}. I'r
    graddau y mae'n ymarferol, rhaid i'r awdurdod gyfathrebu â chyflenwyr yn electronig (adran 96(1)(a)).

    I gydymffurfio: derbyn tendrau drwy system electronig sydd am ddim ac ar gael yn rhwydd (adran
    96(2)), neu gofnodi pam nad yw hynny'n ymarferol, er enghraifft oherwydd risg diogelwch penodol
    (adran 96(4)).

    Anrhegedig a mae'r contract yn gontract cyhoeddus
    A mae'r weithdrefn yn un o open neu competitive_flexible
    Yna rhaid cyflwyno tendrau'n electronig

    Enghraifft: Tendrau ar bapur mewn gweithdrefn agored
      Anrhegedig a the example record "kinds/open-procedure.yaml"
      A the record has procedure.electronic_submission set to false
      Pryd the procurement is checked as at 2026-06-01
      Yna finding PA23-COMMS-90 is raised

    Enghraifft: Tendrau electronig mewn gweithdrefn agored
      Anrhegedig a the example record "kinds/open-procedure.yaml"
      Pryd the procurement is checked as at 2026-06-01
      Yna finding PA23-COMMS-90 is not raised
