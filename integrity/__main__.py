from integrity.cli import cli

cli()
