using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KzDiff.Service.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SqliteRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComputedBy",
                table: "comparisons",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // comparisons.EngineVersion widens to 64 characters in the model (PostgreSqlRoles); SQLite's TEXT has no length to change.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ComputedBy",
                table: "comparisons");
        }
    }
}
