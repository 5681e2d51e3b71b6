"""Beyond one machine: the same check on Apache Spark, and its output brought into the database.

Imported only by ``integrity scan --engine spark`` and ``integrity load``: nothing else imports
pyspark or pyarrow. ``spark.py`` is the driver's job, ``worker.py`` what runs in Spark's Python
workers, ``tables.py`` the layout of the output, ``commit.py`` how a run is made visible whole,
``load.py`` the way into SQLite.
"""
