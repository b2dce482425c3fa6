"""Reports for the people who check the site: fleet, deployments, audit (HTML and CSV).

`model` is what a report is made of; `fleet`, `deployments` and `audit` build one from the
vault through a `Reader`; `html` and `csv_tables` write it. The service
(app.core.service.reports) reads, seals and audits.
"""
