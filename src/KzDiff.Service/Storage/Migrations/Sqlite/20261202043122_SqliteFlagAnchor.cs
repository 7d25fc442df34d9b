using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KzDiff.Service.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SqliteFlagAnchor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing to change: SQLite keeps TEXT without a length. The migration keeps this model's
            // snapshot in step with PostgreSqlFlagAnchor, which lifts review_flags.Anchor's 64-character limit.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo (see Up).
        }
    }
}
