"""Tables, the database engine, migrations, backups and the change-logged write path."""
