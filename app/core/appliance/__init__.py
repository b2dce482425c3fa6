"""The appliance's own life: installed versions of Airlock, self-update and rollback.

`slots` knows the installation on disk (one directory per version, links that choose one);
`package` checks an `app` bundle and unpacks its Debian package into a new slot; `update`
is the update's journal, each step safe to crash after; `selfcheck` is what a new version
must pass before it is kept. The service (`app.core.service.appliance`) audits each step.
"""
