export default function Habits() {
  return <p>Habits</p>;
}
