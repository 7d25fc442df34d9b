using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KzDiff.Service.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SqliteFlagTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WatchTerms",
                table: "comparisons",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WatchTerms",
                table: "comparisons");
        }
    }
}
